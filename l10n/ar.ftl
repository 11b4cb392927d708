# Versus: Modern Standard Arabic (ar). Translated from en.ftl.
# A native speaker's review is welcome: open an issue or a pull request.
#
# Notes on choices:
# - Register: neutral, concise Modern Standard Arabic. Buttons and menu
#   items use verbal nouns (نسخ الرابط، إعادة الضبط); instructions use the
#   generic (masculine singular) imperative, as Arabic UI usually does.
# - Terms: criterion = معيار (معايير); priority = أولوية; verdict = الحكم;
#   source = مصدر (مصادر); slider = منزلق; point = نقطة; weighted = مرجّح;
#   embed = الأداة المضمّنة; decision record = سجل القرار.
# - Plurals follow CLDR ar: zero, one, two, few (3-10), many (11-99),
#   other (100+, and non-integers such as ٠٫٥, which take the singular
#   genitive: ٢٫٥ نقطة). As in CLDR's own Arabic patterns, the one and two
#   variants use the singular + واحد/ة and the dual (نقطة واحدة، نقطتين)
#   instead of the digit, which reads unnaturally there.
# - Literal numbers are Arabic-Indic (١٠، ٠). "{ $score } / 10" is written
#   "{ $score } من ١٠", which avoids bidi reordering of the slash.
# - Bidi: no invisible control characters are used. Strings are ordered so
#   that a leading "." or "⌘" follows Latin text and stays with it in the
#   right-to-left page: "Markdown (.md)", "(أو على Mac: ⌘C)".
# - Quotation marks: «…», as Arabic writes them.
# - Comments below are kept in English for translators.

## The page

page-title = Versus: Node.js أم Python للواجهة الخلفية لمشروعك؟
page-description = حدّد ما يهمّ مشروعك واحصل على حكم مُعلَّل وموثَّق بالمصادر في المفاضلة بين Node.js وPython، يُحسب داخل متصفحك.
page-noscript = يتطلب تغيير الأولويات تفعيل JavaScript. فيما يلي الحكم وفق الأولويات المعروضة، مع كل معيار ودرجة ومصدر.
boot-loading = جارٍ تحميل المقارنة…
boot-failed = تعذّر بدء المقارنة التفاعلية: لم يصل أحد الملفات اللازمة كاملًا. قد يكون السبب اتصالًا متقطعًا أو خادمًا وسيطًا أو صفحة تسجيل دخول لشبكة Wi-Fi.
boot-retry = أعد المحاولة
boot-retrying = جارٍ إعادة المحاولة…
language-label = اللغة
colophon = Versus { $build }. الدرجات تقديرات مستقاة من { $sources }، ويُذكر مصدرها على كل بطاقة؛ وعند اختلاف المصادر يُعرض النطاق.
# The line under the title when the comparison has no description of its own.
lede = { $disagree ->
    [yes] حدّد مدى أهمية كل معيار لمشروعك. يُعاد حساب الحكم في متصفحك مع كل تغيير، استنادًا إلى { $sources }، علمًا بأن المصادر لا تتفق دائمًا.
   *[no] حدّد مدى أهمية كل معيار لمشروعك. يُعاد حساب الحكم في متصفحك مع كل تغيير، استنادًا إلى { $sources }.
  }
# How many sources, as prose says it: small counts in words.
# Used after a preposition (من، إلى), hence the genitive dual مصدرين.
# Exact keys ([0] to [9]) are matched before plural categories.
source-count = { $count ->
    [0] لا مصادر
    [1] مصدر واحد
    [2] مصدرين
    [3] ثلاثة مصادر
    [4] أربعة مصادر
    [5] خمسة مصادر
    [6] ستة مصادر
    [7] سبعة مصادر
    [8] ثمانية مصادر
    [9] تسعة مصادر
    [few] { $count } مصادر
    [many] { $count } مصدرًا
   *[other] { $count } مصدر
  }
# Two sentences in a row (languages that do not put a space between
# sentences leave it out).
two-sentences = { $first } { $second }
# Separates the items of a list, as in "Python 7.2, Node.js 6.8".
list-separator = {"، "}

## Priorities (the sliders)

criteria-heading = أولوياتك، معيارًا تلو الآخر
# A slider's level in words; $band is one of none, low, some, medium, high, top.
level-words = { $band ->
    [none] ليست أولوية
    [low] أولوية ضئيلة
    [some] أولوية محدودة
    [medium] أولوية متوسطة
    [high] أولوية عالية
   *[top] أولوية قصوى
  }
# What a screen reader says for a slider: "8 of 10, high priority".
level-value = { $level } من { $max }، { $words }
preset-label = ابدأ من نوع مشروع
preset-custom = أوزانك الخاصة
reset = إعادة الضبط
sort-label = ترتيب المعايير حسب
sort-default = الموضوع
sort-importance = أهميتها لك
sort-impact = أثرها في الحكم
view-label = طريقة العرض
view-cards = بطاقات مع الأدلة
view-compact = صفوف مختصرة
show-all-criteria = عرض جميع المعايير ({ $count })
show-leading-criteria = عرض المعايير الأكثر تأثيرًا في الحكم فقط ({ $count })
no-flip = لا يكفي هذا المعيار وحده لتغيير المتصدّر.
# $levels is one of the flip-levels-* messages below.
flip-at = { $many ->
    [yes] يتقدّم { $leader } عند { $levels }
   *[no] يفوز { $leader } عند { $levels }
  }
flip-levels-up = { $low } أو أكثر
flip-levels-down = { $high } أو أقل
flip-levels-one = { $low }
flip-levels-range = { $low } إلى { $high }
# The compact row's button that opens a criterion's evidence.
row-why = لماذا؟
row-evidence = الأدلة بشأن { $criterion }

## The verdict

verdict-heading = الحكم
verdict-none = لم تُحدَّد أي أولوية
verdict-too-close-equal = بأوزان متساوية: الفارق أضيق من أن يُحسم
verdict-too-close = الفارق أضيق من أن يُحسم
verdict-leads-equal = بأوزان متساوية، يتقدّم { $leader } بفارق { $margin ->
        [zero] { $margin } نقطة
        [one] نقطة واحدة
        [two] نقطتين
        [few] { $margin } نقاط
        [many] { $margin } نقطة
       *[other] { $margin } نقطة
    }
verdict-leads-rival-equal = بأوزان متساوية، يتقدّم { $leader } على { $runner } بفارق { $margin ->
        [zero] { $margin } نقطة
        [one] نقطة واحدة
        [two] نقطتين
        [few] { $margin } نقاط
        [many] { $margin } نقطة
       *[other] { $margin } نقطة
    }
verdict-wins = يفوز { $leader } بفارق { $margin ->
        [zero] { $margin } نقطة
        [one] نقطة واحدة
        [two] نقطتين
        [few] { $margin } نقاط
        [many] { $margin } نقطة
       *[other] { $margin } نقطة
    }
verdict-wins-rival = يفوز { $leader } على { $runner } بفارق { $margin ->
        [zero] { $margin } نقطة
        [one] نقطة واحدة
        [two] نقطتين
        [few] { $margin } نقاط
        [many] { $margin } نقطة
       *[other] { $margin } نقطة
    }
verdict-more = الأسباب، وما قد يغيّر الحكم
verdict-flip-label = ما قد يغيّر الحكم:
invite-slider = كل المعايير متساوية الوزن إلى أن تحدّد ما يهمّك: حرّك أحد المنزلقات.
invite-preset = كل المعايير متساوية الوزن إلى أن تحدّد ما يهمّك: اختر نوع مشروع أو حرّك أحد المنزلقات.
detail-none = جميع الأولويات عند ٠. ارفع منزلقًا واحدًا على الأقل للحصول على حكم.
# $scores is a list of score-item, highest first.
detail-scores = الدرجات المرجّحة (من { $max }): { $scores }.
score-item = { $tech } { $score }
# $band here is a number (the tie band, e.g. 0.25): plural "other" takes
# the singular genitive نقطة.
robust-too-close = الفارق أقل من { $band } نقطة، أي ضمن ما قد يغيّره اختلاف المصادر.
robust-holds = يبقى { $leader } فائزًا رغم اختلاف المصادر، حتى بأقل قراءاتها ملاءمةً له.
robust-rival = غير محسوم: إذا أُخذت الادعاءات المختلف عليها بأقل قراءاتها ملاءمةً، يتقدّم { $rival } بفارق { $margin }.
robust-narrow = غير محسوم: إذا أُخذت الادعاءات المختلف عليها بأقل قراءاتها ملاءمةً، لا يتقدّم { $leader } إلا بفارق { $margin }.
why-heading = لماذا؟
why-heading-rival = لماذا { $leader } بدلًا من { $runner }؟
# $priority is reason-priority or reason-priority-equal.
reason-priority = { $words } بالنسبة إليك
reason-priority-equal = بوزن مماثل لسائر المعايير
reason-even = تعادلٌ في { $criterion } ({ $score } لكلٍّ منهما)، { $priority }.
reason-stronger = { $strong } أقوى في { $criterion } ({ $high } مقابل { $low })، { $priority }.
reason-stronger-than = { $strong } أقوى من { $weak } في { $criterion } ({ $high } مقابل { $low })، { $priority }.
reason-stronger-not-enough = { $strong } أقوى في { $criterion } ({ $high } مقابل { $low })، { $priority }، لكن ليس بما يكفي لتغيير النتيجة.
reason-stronger-than-not-enough = { $strong } أقوى من { $weak } في { $criterion } ({ $high } مقابل { $low })، { $priority }، لكن ليس بما يكفي لتغيير النتيجة.
closest-flip-raise = برفع { $criterion } إلى { $level } يتصدّر { $leader }.
closest-flip-lower = بخفض { $criterion } إلى { $level } يتصدّر { $leader }.
chart-caption = أثر كل معيار في الحكم: { $leader } مقابل { $runner }، بنقاط الفارق
chart-criterion = المعيار
chart-favours = لصالح
chart-points = النقاط
chart-show-top = عرض أهم المعايير فقط

## The evidence on a card

score-out-of-ten = { $score } من ١٠
score-range = { $score } من ١٠ (المصادر: { $low }–{ $high })
sources-disagree = المصادر غير متفقة
sources-who-says-what = من يقول ماذا
sources-loading = جارٍ تحميل المصادر…
sources-unavailable = تعذّر تحميل المصادر. تحقّق من اتصالك، ثم أغلق هذا القسم وافتحه من جديد.
sources-none = لم يُذكر مصدر
sources-count = المصادر ({ $count })
sources-count-corrected = المصادر ({ $count }، صُحّح منها { $corrected })
# Before a quote or a note about one option: "On Python:".
on-tech = بشأن { $tech }:
uncited = بشأن { $tech }: لم يُذكر مصدر.
correction-label = تصحيح:
note-label = ملاحظة:

## Keeping and sharing

share-heading = احتفظ بهذا أو شاركه
embed-widget = تضمين هذه الأداة
copy-link = نسخ الرابط
copy-markdown = نسخ بتنسيق Markdown
download-markdown = تنزيل ملف Markdown (.md)
copied-link = نُسخ الرابط إلى الحافظة.
copied-record = نُسخ سجل القرار إلى الحافظة.
no-clipboard-link = لم يسمح المتصفح بالنسخ. الرابط محدَّد أدناه: اضغط Ctrl+C (أو على Mac: ⌘C) لنسخه.
no-clipboard-record = لم يسمح المتصفح بالنسخ. سجل القرار محدَّد أدناه: اضغط Ctrl+C (أو على Mac: ⌘C) لنسخه.
no-download-record = لا يُسمح لهذه الأداة المضمّنة بحفظ الملفات. سجل القرار محدَّد أدناه: اضغط Ctrl+C (أو على Mac: ⌘C) لنسخه.
record-saved = حُفظ سجل القرار باسم versus-decision.md.
record-not-saved = تعذّر حفظ الملف في هذا المتصفح.
link-to-copy = الرابط المراد نسخه
record-to-copy = سجل القرار المراد نسخه

## Notices

dismiss = إغلاق
settings-not-used = لم تُطبَّق بعض إعدادات هذه الأداة المضمّنة
link-settings-not-used = لم تُطبَّق بعض الإعدادات الواردة في هذا الرابط
storage-refused-title = تعذّر على Versus تذكّر أولوياتك
storage-refused = رفض هذا المتصفح تخزينها (ربما امتلأت مساحة التخزين)، لذا ستبدأ الزيارة التالية من الإعدادات الافتراضية. لا يزال الرابط في شريط العنوان يحتفظ بها: أضفه إلى المفضلة أو انسخه للاحتفاظ بها.
memory-stale-title = بعض أولوياتك المحفوظة لم تعد تنطبق
update-applying = جارٍ تحديث Versus… سيُعاد تحميل الصفحة عندما يصبح الإصدار الجديد جاهزًا.
update-available = يتوفر إصدار جديد من Versus.
update-reload = إعادة التحميل للتحديث

## Loading someone's comparison

# $source is url, link, inline or builtin.
load-pending = { $source ->
    [url] جارٍ تحميل المقارنة من { $url }…
    [link] جارٍ تحميل المقارنة من هذا الرابط…
    [inline] جارٍ تحميل المقارنة المكتوبة في هذه الصفحة…
   *[builtin] جارٍ تحميل المقارنة المدمجة في Versus…
  }
load-failed-from = { $source ->
    [url] المقارنة الواردة من { $url }:
    [link] المقارنة الواردة من هذا الرابط:
    [inline] المقارنة المكتوبة في هذه الصفحة:
   *[builtin] المقارنة المدمجة في Versus:
  }
try-again = إعادة المحاولة
open-builtin = فتح المقارنة المدمجة: Node.js أم Python

## ما تعذّر استخدامه أو تحميله أو تشغيله

setting-too-long = طول الإعدادات { $length } حرفًا، وهو أكثر بكثير مما يكتبه Versus، لذا تم تجاهلها.
setting-value-too-long = تم تجاهل { $key }: طول قيمته { $length } حرفًا، وهو أكثر بكثير مما يحتاجه أي تضمين.
setting-too-many = لم يُقرأ إلا أول { $read } من الإعدادات، وتم تجاهل { $ignored } من الإعدادات الأخرى.
setting-unknown-version = الرابط بتنسيق لا يعرفه هذا الإصدار من Versus («{ $found }»)، لذا تم تجاهل إعداداته.
setting-missing-version = لا يذكر الرابط التنسيق الذي يستخدمه، فقُرئ على أنه { $version }.
setting-bad-encoding = تم تجاهل «{ $part }»: ترميزه غير صالح.
setting-unknown-key = تم تجاهل «{ $key }»: لا يوجد في Versus إعداد بهذا الاسم.
setting-bad-value = { $key ->
    [sort] تم تجاهل sort=«{ $value }»: المتوقع default أو importance أو impact.
    [theme] تم تجاهل theme=«{ $value }»: المتوقع light أو dark أو auto.
    [layout] تم تجاهل layout=«{ $value }»: المتوقع compact أو cards.
    [lang] تم تجاهل lang=«{ $value }»: المتوقع لغة يتحدثها Versus: { $languages }.
    [heading] تم تجاهل heading=«{ $value }»: المتوقع عنوان من 1 إلى { $max } حرفًا ظاهرًا.
    [criteria] تم تجاهل criteria=«{ $value }»: المتوقع معرّفات معايير تفصل بينها فواصل.
   *[other] تم تجاهل { $key }=«{ $value }»: المتوقع عدد صحيح من 0 إلى { $max }.
  }
setting-duplicate = يتكرر «{ $key }» أكثر من مرة، وقد استُخدمت القيمة الأولى.
setting-unknown-preset = تم تجاهل الإعداد المسبق «{ $id }»: لا يوجد نوع مشروع بهذا الاسم.
problems-more = …و{ $count } غيرها.
load-failed-title = تعذّر تحميل بيانات المقارنة
link-failed-title = تعذّر فتح المقارنة التي في هذا الرابط
data-problems-title = { $count ->
    [one] في بيانات هذه المقارنة مشكلة واحدة
    [two] في بيانات هذه المقارنة مشكلتان
    [few] في بيانات هذه المقارنة { $count } مشكلات
   *[other] في بيانات هذه المقارنة { $count } مشكلة
  }
fetch-no-answer = لم يستجب { $address }. تحقّق من العنوان ومن اتصالك؛ ويجب أيضًا أن يسمح الملف الموجود على موقع آخر لهذا الموقع بقراءته (CORS).
fetch-slow-answer = لم يستجب { $address } خلال { $seconds ->
    [few] { $seconds } ثوانٍ
   *[other] { $seconds } ثانية
  }. حاول مرة أخرى، أو تحقّق من اتصالك.
fetch-slow-file = لم يرسل { $address } الملف كاملًا خلال { $seconds ->
    [few] { $seconds } ثوانٍ
   *[other] { $seconds } ثانية
  }. حاول مرة أخرى، أو تحقّق من اتصالك.
fetch-bad-address = «{ $address }» ليس عنوانًا يمكن لهذه الصفحة جلبه.
fetch-refused = أجاب { $address } بـ { $status } { $reason }.
fetch-interrupted = انقطعت قراءة { $address }.
fetch-empty = الملف فارغ.
fetch-not-text = الملف ليس نصًا بترميز UTF-8.
fetch-too-large = لم يُقرأ: حجم الملف أكبر من { $max } ك.ب، وهو أكبر حجم بيانات يقرؤه Versus.
address-too-long = طول عنوانه { $length } حرفًا، وهو أكثر من { $max } حرفًا يقرؤها Versus: انشر الملف على عنوان أقصر.
link-damaged = البيانات في الرابط تالفة أو مقطوعة: اطلب الرابط مرة أخرى، أو اطلب الملف.
link-too-long = طول البيانات في الرابط { $length } حرفًا، وهو أكثر من { $max } حرفًا يمكن أن يحملها رابط: اطلب الملف بدلًا منه.
link-no-decompression = لا يستطيع هذا المتصفح فك ضغط الروابط؛ افتحه في متصفح حديث.
# The question of a criterion whose dataset gives none.
criterion-default-question = ما مدى أهمية { $name } لمشروعك؟

## A dataset's problems, as the authoring page lists them and a reader's
## notice shows them. $path is the format's own (criteria[2].scores[0].value)
## and field names in `backticks` are the format's: both stay as they are.
## Numbers echoed from the file ($number, $low, $high, $score) are as written.

data-problem-in = { $path }: { $problem }
data-problem-at = السطر { $line }، العمود { $column }: { $problem }
fault-too-large = حجم الملف { $kb } ك.ب، وأكبر حجم بيانات يقرؤه Versus هو { $max } ك.ب
fault-not-json = ليس JSON صالحًا: { $problem }
fault-mismatch = المتوقع { $expected ->
    [object] كائن
    [text] نص
    [number] عدد
    [level] عدد صحيح
    [list] قائمة
    [version] العدد 1
    [range] عددان بالصيغة [الأدنى, الأعلى]
   *[weights] كائن من معرّفات المعايير وأوزانها
  }، لكن الموجود { $found ->
    [null] null
    [boolean] true أو false
    [number] عدد
    [text] نص
    [list] قائمة
   *[object] كائن
  }
fault-unknown-field = حقل غير معروف `{ $field }`؛ المتوقع أحد الحقول: { $known }
fault-missing-field = الحقل `{ $field }` مفقود
fault-not-a-level = { $number } ليس عددًا صحيحًا من ٠ إلى { $max }
fault-other-version = هذا الملف لإصدار آخر من التنسيق؛ وهذا الإصدار من Versus يقرأ الإصدار { $version }
fault-not-a-language-tag = «{ $text }» ليس رمز لغة؛ اكتب رمزًا مثل "en" أو "de" أو "pt-BR"
fault-id-and-file = حدّد `id` أو `file`، لا كليهما
fault-empty-list = القائمة فارغة؛ يلزم عنصر واحد على الأقل
fault-too-few = عدد { $list ->
    [technologies] التقنيات
   *[criteria] المعايير
  } { $found }، ويلزم { $min } على الأقل
fault-too-many = عدد { $list ->
    [technologies] التقنيات
    [criteria] المعايير
    [sources] المصادر
    [presets] الإعدادات المسبقة
   *[corrections] التصحيحات
  } { $found }، وأقصى ما يعرضه Versus هو { $max }
fault-above-top = { $number } أكبر من { $max }
fault-below-zero = { $number } أقل من ٠
fault-blank = لا يجوز أن تكون القيمة فارغة
fault-blank-claim = لا يجوز أن يكون الادعاء فارغًا
fault-too-long = القيمة أطول من { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  }
fault-id-characters = لا يجوز أن يحتوي `{ $id }` إلا على حروف لاتينية وأرقام و`_` و`-` و`.`
fault-used-earlier = `{ $text }` مستخدم في إدخال سابق
fault-reads-like-earlier = `{ $name }` يُقرأ مثل اسم إدخال سابق: الأحرف غير المرئية والمسافات لا تميّز اسمًا من آخر
fault-reserved-id = `{ $id }` محجوز لروابط المشاركة؛ اختر معرّفًا آخر
fault-not-a-web-address = يجب أن تكون القيمة عنوان ويب يبدأ بـ https:// أو http://
fault-not-in-list = `{ $id }` { $list ->
    [technologies] ليس من التقنيات
    [criteria] ليس من المعايير
    [sources] ليس في قائمة المصادر
   *[corrections] ليس في قائمة التصحيحات
  }
fault-scored-twice = قُيّم `{ $id }` مرتين في هذا المعيار
fault-no-score-for = لا توجد درجة لـ `{ $id }`
fault-bad-range = يجب أن يتضمن النطاق [{ $low }, { $high }] الدرجة { $score } وأن يبقى ضمن ٠ إلى { $max }
fault-contested-without-range = تحتاج ملاحظة `contested` إلى نطاق الدرجات الذي تدعمه المصادر
fault-too-many-citations = عدد الاستشهادات { $found }، والحد الأقصى { $max }
fault-quote-too-long = عدد كلمات الاقتباس { $words }، والحد الأقصى { $max }
fault-recommendation-uncited = تحتاج التوصية إلى استشهاد واحد على الأقل
fault-unscored = هناك تقنية لا درجة لها في أحد المعايير

## Why a text is not JSON. $found is one of json-found-*; $key is a field
## name from the file.

json-expected = المتوقع { $expected ->
    [value] قيمة
    [comma-or-bracket] `,` أو `]`
    [comma-or-brace] `,` أو `{ "}" }`
    [field-name] اسم حقل بين علامتَي تنصيص مزدوجتين
    [digit] رقم
    [digit-after-point] رقم بعد `.`
   *[exponent-digit] رقم في الأس
  }، لكن { $found }
json-expected-colon = المتوقع `:` بعد `"{ $key }"`، لكن { $found }
json-found-end = انتهى النص
json-found-char = وُجد `{ $char }`
json-found-control = وُجد محرف التحكم { $code }
json-text-after-end = نص غير متوقع بعد نهاية المستند
json-too-deep = عمق التداخل يتجاوز الحد الأقصى { $max }
json-list-ends-with-comma = لا يجوز أن تنتهي القائمة بفاصلة
json-object-ends-with-comma = لا يجوز أن ينتهي الكائن بفاصلة
json-duplicate-field = يتكرر الحقل `{ $key }` في الكائن نفسه
json-leading-zero = لا يجوز أن يبدأ العدد بـ 0 (اكتب 7 لا 07)
json-number-too-large = هذا العدد كبير جدًا
json-unescaped-control = يجب كتابة فاصل الأسطر أو محرف التحكم داخل النص بتسلسل هروب (`\n`)
json-unclosed-text = لم يُغلق هذا النص بـ `"`
json-unknown-escape = تسلسل هروب غير معروف: بعد `\` { $found }
json-short-unicode-escape = يحتاج `\u` إلى أربعة أرقام ست عشرية
json-unpaired-surrogate = يجب أن يأتي بعد البديل العلوي (high surrogate) في `\u` بديلٌ سفلي
json-lone-surrogate = لا يمثّل `\u` أي محرف (بديل منفرد)

crash-notice = حدث خطأ وتوقف Versus. عادةً ما تحل إعادة التحميل المشكلة.
crash-reload = إعادة التحميل
provenance = { $source ->
    [link] هذه المقارنة واردة من هذا الرابط: يحسب Versus الحكم، لكنه لم يكتب درجاتها ولم يتحقق منها.
    [page] هذه المقارنة واردة من هذه الصفحة: يحسب Versus الحكم، لكنه لم يكتب درجاتها ولم يتحقق منها.
   *[url] هذه المقارنة واردة من { $url }: يحسب Versus الحكم، لكنه لم يكتب درجاتها ولم يتحقق منها.
  }
# Added after provenance when the widget shows a copy saved offline.
provenance-saved = لم يستجب خادمها، لذا هذه هي النسخة المحفوظة { $age }.
age-just-now = قبل لحظات
age-minutes = { $count ->
    [zero] قبل { $count } دقيقة
    [one] قبل دقيقة واحدة
    [two] قبل دقيقتين
    [few] قبل { $count } دقائق
    [many] قبل { $count } دقيقة
   *[other] قبل { $count } دقيقة
  }
age-hours = { $count ->
    [zero] قبل { $count } ساعة
    [one] قبل ساعة واحدة
    [two] قبل ساعتين
    [few] قبل { $count } ساعات
    [many] قبل { $count } ساعة
   *[other] قبل { $count } ساعة
  }
age-days = { $count ->
    [zero] قبل { $count } يوم
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $count } أيام
    [many] قبل { $count } يومًا
   *[other] قبل { $count } يوم
  }

## The decision record (Markdown, from "Copy as Markdown" and "Download .md")

record-title = سجل القرار: { $title }
record-date = التاريخ: { $date }
record-status = الحالة: مقترَح
record-made-with = أُعدّ باستخدام: Versus ({ $link })
record-context = السياق
record-context-intro = وزنّا كل معيار من ٠ (لا أهمية له) إلى ١٠ (حاسم). أبرز أولوياتنا:
record-no-priorities = لا شيء: جميع الأوزان ٠
record-priority = { $criterion }: { $level } من ١٠ ({ $words })
record-decision = القرار
# The verdict's headline, then the sentence that puts it in context.
record-decision-line = { $headline }. { $detail }
record-reasons = الأسباب
record-caveats = تحفظات
record-no-caveats = لا يستند أيٌّ من المعايير التي أعطيناها وزنًا إلى ادعاءات تختلف عليها المصادر.
record-caveat = { $criterion } ({ $tech }، الوزن { $level }): { $note }
record-sources = المصادر
record-source = { $publisher }، «{ $title }» ({ $place })

## The authoring page (author.html). A reader's page and its catalog file
## leave these out (core/build.rs); the authoring page fetches them. Field
## names of the format in `backticks` and file names stay as they are.
## Terms: option = خيار (any option, not only a technology); snippet =
## شيفرة; preset = إعداد مسبق; shortcode = رمز قصير. The page is
## right-to-left, so the first column of the grid is on the right: moving
## an option "left" (to an earlier column) moves it to the right on screen.
## Score examples the author types (7, 7 (6-8)) keep Western digits.

author-title = أنشئ مقارنتك الخاصة
author-lede = أي خيارات وأي معايير: الصق جدولًا أو املأ الشبكة، وأصلح ما يجده المدقّق، ثم انشرها ملفًا أو أداةً مضمّنة أو رابطًا. يبقى كل شيء في هذا المتصفح.
author-format-link = تنسيق مجموعة البيانات
author-schema-link = JSON Schema
author-back-link = العودة إلى Node.js أم Python
author-dataset-heading = مجموعة البيانات
author-import-table = استيراد جدول
author-start-template = البدء من القالب
author-duplicate-builtin = إنشاء نسخة من المقارنة المدمجة
author-edit-as = التحرير بصيغة
author-view-grid = شبكة
author-view-json = JSON
author-undo = تراجع
author-redo = إعادة
author-builtin-failed = تعذّر تحميل المقارنة المدمجة، لذا لم تتغيّر مسودتك. { $why }
author-other-tab = تغيّرت هذه المسودة في علامة تبويب أخرى. توقّفت علامة التبويب هذه عن الحفظ كي لا تكتب إحداهما فوق الأخرى: اختر أيّهما تحتفظ به.
author-keep-mine = الاحتفاظ بمسودة علامة التبويب هذه
author-take-theirs = استخدام مسودة علامة التبويب الأخرى
author-not-stored = لم يقبل هذا المتصفح تخزين مسودتك، لذا ستضيع عند مغادرتك الصفحة: نزّلها للاحتفاظ بها.
author-json-label = مجموعة البيانات بصيغة JSON
author-preview-heading = معاينة
author-preview-last-good = يُعرض آخر إصدار خالٍ من المشكلات.
author-replace = أتستبدل مسودتك؟ يمكنك استعادتها بزر «تراجع».
author-replace-with-table = أتستبدل مسودتك بالجدول المستورد؟ يمكنك استعادتها بزر «تراجع».
# $format is one of author-table-format's keys.
author-imported = استُورد { $criteria ->
    [zero] { $criteria } معيار
    [one] معيار واحد
    [two] معياران
    [few] { $criteria } معايير
    [many] { $criteria } معيارًا
   *[other] { $criteria } معيار
  } و{ $options ->
    [zero] { $options } خيار
    [one] خيار واحد
    [two] خياران
    [few] { $options } خيارات
    [many] { $options } خيارًا
   *[other] { $options } خيار
  } من { $format ->
    [markdown] جدول Markdown
    [html] جدول HTML
    [csv] نص CSV
   *[tsv] صفوف مفصولة بعلامات جدولة
  }. يمكنك استعادة المسودة السابقة بزر «تراجع».
author-problems = { $count ->
    [0] لا مشكلات: مجموعة البيانات هذه جاهزة للنشر.
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشكلات
    [many] { $count } مشكلة
   *[other] { $count } مشكلة
  }
author-problems-more = …و{ $count } غيرها: أصلح هذه أولًا وستنتقل القائمة إلى ما بعدها.
author-still-to-write = ما زال يلزم كتابة: { $items }. تعمل الأداة من دونها، لكن القرّاء يرون أي الدرجات لا تستشهد بشيء.
author-reasons = { $count ->
    [zero] { $count } سبب
    [one] سبب واحد
    [two] سببان
    [few] { $count } أسباب
    [many] { $count } سببًا
   *[other] { $count } سبب
  }
author-citations = { $count ->
    [zero] { $count } استشهاد
    [one] استشهاد واحد
    [two] استشهادان
    [few] { $count } استشهادات
    [many] { $count } استشهادًا
   *[other] { $count } استشهاد
  }
author-notes = { $count ->
    [zero] { $count } ملاحظة بشأن من يقول ماذا
    [one] ملاحظة واحدة بشأن من يقول ماذا
    [two] ملاحظتان بشأن من يقول ماذا
    [few] { $count } ملاحظات بشأن من يقول ماذا
    [many] { $count } ملاحظةً بشأن من يقول ماذا
   *[other] { $count } ملاحظة بشأن من يقول ماذا
  }

# The grid and the panel beside it.
author-grid-needs-json = تعرض الشبكة المسودة متى أمكنت قراءة JSON الخاص بها: أصلح المشكلات أدناه في عرض JSON.
author-show-json = عرض JSON
author-copied-table = { $format ->
    [markdown] نُسخ الجدول بصيغة جدول Markdown.
   *[tsv] نُسخ الجدول بصيغة TSV.
  }
author-copy-refused-table = لم يسمح هذا المتصفح للصفحة بالنسخ: الجدول أدناه، فحدّده وانسخه.
author-title-label = العنوان
author-description-label = الوصف (اختياري)
author-add-option = إضافة خيار
author-add-criterion = إضافة معيار
author-copy-markdown = نسخ بصيغة جدول Markdown
author-copy-tsv = نسخ بصيغة TSV
author-table-by-hand = الجدول، لنسخه يدويًا
author-grid-label = الدرجات: المعايير في الصفوف، والخيارات في الأعمدة
author-grid-corner = المعيار
author-option-name = اسم الخيار { $number }
author-criterion-name = اسم المعيار { $number }
author-score-of = درجة { $option } في { $criterion }
author-cell-panel = الخلية المحدّدة
author-cell-hint = انتقل إلى خلية لترى ما يخصّها وتحرّره.
author-option-heading = الخيار: { $name }
author-criterion-heading = المعيار: { $name }
# To an earlier column, which is on the right in this right-to-left page.
author-move-left = نقل إلى اليمين
# To a later column, which is on the left in this right-to-left page.
author-move-right = نقل إلى اليسار
author-remove-option = إزالة هذا الخيار
author-question-label = السؤال الذي يجيب عنه منزلق القارئ
author-move-up = نقل لأعلى
author-move-down = نقل لأسفل
author-remove-criterion = إزالة هذا المعيار
author-rationale-label = سبب هذه الدرجة
author-contested-label = حيث تختلف المصادر: من يقول ماذا
author-range-hint = عندما تختلف المصادر، أعطِ الدرجة نطاقًا في خليتها، مثل 7 (6-8)؛ ثم اذكر هنا من يقول ماذا.
author-citations-heading = الاستشهادات
author-no-citation = لم يُذكر أي مصدر بعد: سيرى القرّاء أن هذه الدرجة لا تستشهد بشيء.
author-citation-legend = الاستشهاد { $number }
author-source-label = المصدر
author-quote-label = الاقتباس، كلمةً بكلمة
author-remove-citation = إزالة هذا الاستشهاد
author-add-citation = إضافة استشهاد
author-sources-summary = المصادر ({ $count })
author-source-legend = المصدر { $number }
author-publisher-label = الناشر
author-address-label = العنوان (https://…)
author-add-source = إضافة مصدر
author-presets-summary = الإعدادات المسبقة ({ $count })
author-preset-name = اسم الإعداد المسبق { $number }
author-remove-preset = إزالة الإعداد المسبق «{ $name }»
author-remove = إزالة
author-preset-weight = { $preset }، وزن { $criterion }
author-add-preset = إضافة إعداد مسبق

# Importing a table.
author-import-heading = استيراد جدول
author-import-help = الصق صفوفًا منسوخة من جدول بيانات، أو نص CSV، أو جدول Markdown، أو جدول منسوخ من صفحة ويب. يسمّي الصف الأول الخيارات (من ٢ إلى ٦)؛ وكل صف بعده معيار ودرجاته من ٠ إلى ١٠، مثل 7، أو 7 (6-8) حيث تختلف المصادر. والأعمدة التي عنوانها «Question» (السؤال) أو «Weight» (الوزن) تملأ هذين الحقلين.
author-import-label = الجدول المراد استيراده
author-import-problems = { $count ->
    [zero] { $count } مشكلة: لم يُستورد شيء بعد.
    [one] مشكلة واحدة: لم يُستورد شيء بعد.
    [two] مشكلتان: لم يُستورد شيء بعد.
    [few] { $count } مشكلات: لم يُستورد شيء بعد.
    [many] { $count } مشكلة: لم يُستورد شيء بعد.
   *[other] { $count } مشكلة: لم يُستورد شيء بعد.
  }
author-import = استيراد
author-cancel = إلغاء

# Publishing.
author-publish = نشر
author-download = تنزيل الملف
author-downloaded = نُزّل الملف comparison.json.
author-download-refused = لا يُسمح لهذه الصفحة بتنزيل الملفات هنا؛ انسخ النص من المحرّر بدلًا من ذلك.
author-file-url-label = أين ستنشر الملف؟ (اختياري)
author-file-url-bad = يجب أن يبدأ العنوان بـ https:// أو http://.
author-file-url-help = إذا حدّدت عنوانًا، تحمّل الأدوات المضمّنة الملف منه (وإن كان على موقع آخر، فيجب أن يرسل Access-Control-Allow-Origin). ومن دونه، تنتقل مجموعة البيانات داخل كل شيفرة وكل رابط.
# $what is one of: iframe, element, link.
author-copy-output = { $what ->
    [iframe] نسخ شيفرة iframe
    [element] نسخ شيفرة العنصر
   *[link] نسخ الرابط
  }
author-copied-output = { $what ->
    [iframe] نُسخت شيفرة iframe.
    [element] نُسخت شيفرة العنصر.
   *[link] نُسخ الرابط.
  }
author-copy-output-refused = { $what ->
    [iframe] تعذّر نسخ شيفرة iframe: حدّدها وانسخها يدويًا.
    [element] تعذّر نسخ شيفرة العنصر: حدّدها وانسخها يدويًا.
   *[link] تعذّر نسخ الرابط: حدّده وانسخه يدويًا.
  }
author-iframe-output = شيفرة iframe (لأي مدوّنة)
author-element-output = شيفرة العنصر المخصّص
author-link-output = رابط يفتحها في Versus
author-preparing = جارٍ تجهيز الشيفرات…

# The embed dialog ("Embed this widget" on a reader's page opens it).
author-embed-heading = ضمّن هذه المقارنة في موقعك
author-embed-intro = تبدأ الشيفرتان كلتاهما بالأوزان التي ضبطتها الآن. الصق إحداهما في HTML منشورك.
author-embed-theme = المظهر
author-embed-iframe = iframe (يعمل في كل مكان)
author-embed-link-only = هذه المقارنة محفوظة في رابطها، ولا يستطيع حمله إلا iframe. لاستخدام عنصر مخصّص أو Hugo أو Jekyll، انشر مجموعة البيانات ملفًا (صفحة التأليف author.html تُنشئ كل الشيفرات) وافتحها باستخدام ?data=.
author-embed-element = عنصر مخصّص (دون iframe)
author-embed-platforms = منصات Hugo وJekyll وWordPress وغيرها
author-embed-hugo = رمز Hugo القصير
author-embed-hugo-help = انسخ embed/hugo/versus.html من مستودع Versus إلى layouts/shortcodes/، ثم:
author-embed-jekyll = ملف تضمين Jekyll
author-embed-jekyll-help = انسخ embed/jekyll/versus.html إلى _includes/، ثم:
author-embed-oembed = الرابط وحده (WordPress وGhost وغيرهما من منصات oEmbed)
author-embed-oembed-help = الصق العنوان في سطر مستقل؛ وستجد المنصة الأداة المضمّنة عبر oEmbed.
author-embed-preview = معاينة
author-close = إغلاق
# $what is one of: iframe, element, hugo, jekyll, link.
author-embed-copy = { $what ->
    [iframe] نسخ شيفرة iframe
    [element] نسخ شيفرة العنصر المخصّص
    [hugo] نسخ رمز Hugo القصير
    [jekyll] نسخ ملف تضمين Jekyll
   *[link] نسخ الرابط لـ oEmbed
  }
author-embed-snippet-label = { $what ->
    [iframe] شيفرة iframe
    [element] شيفرة العنصر المخصّص
    [hugo] رمز Hugo القصير
    [jekyll] ملف تضمين Jekyll
   *[link] الرابط لـ oEmbed
  }
author-embed-copied = { $what ->
    [iframe] نُسخت شيفرة iframe إلى الحافظة.
    [element] نُسخت شيفرة العنصر المخصّص إلى الحافظة.
    [hugo] نُسخ رمز Hugo القصير إلى الحافظة.
    [jekyll] نُسخ ملف تضمين Jekyll إلى الحافظة.
   *[link] نُسخ الرابط إلى الحافظة.
  }
author-embed-copy-refused = { $what ->
    [iframe] لم يسمح المتصفح بالنسخ: حدّد شيفرة iframe واضغط Ctrl+C (⌘C).
    [element] لم يسمح المتصفح بالنسخ: حدّد شيفرة العنصر المخصّص واضغط Ctrl+C (⌘C).
    [hugo] لم يسمح المتصفح بالنسخ: حدّد رمز Hugo القصير واضغط Ctrl+C (⌘C).
    [jekyll] لم يسمح المتصفح بالنسخ: حدّد ملف تضمين Jekyll واضغط Ctrl+C (⌘C).
   *[link] لم يسمح المتصفح بالنسخ: حدّد الرابط واضغط Ctrl+C (⌘C).
  }
# The title an iframe snippet gives the host page's assistive technology.
author-embed-frame-title = { $title } مقارنة تفاعلية من Versus
author-grid-keys = تنقّل بين الخلايا بمفاتيح الأسهم؛ ولتحرير خلية اضغط Enter أو ابدأ الكتابة، ثم Enter لتثبيت التعديل أو Escape لإلغائه. الدرجة من ٠ إلى ١٠، مع نطاق حيث تختلف المصادر: 7 (6-8).
# The last two of a list: "12 reasons, 12 citations and 1 note".
author-and = { $first } و{ $last }
author-embed-preview-frame = معاينة الأداة المضمّنة
# Where a problem is in the JSON text (as data-problem-at places it).
author-problem-place = السطر { $line }، العمود { $column }

# Why an edit in the grid could not be made, and what a new item is called.
# Counts are phrased as "the most/least number of ... is N" where that
# avoids number agreement.
author-edit-max-criteria = الحد الأقصى لعدد المعايير في المقارنة هو { $max }.
author-edit-min-criteria = تحتاج المقارنة إلى { $min ->
    [zero] { $min } معيار
    [one] معيار واحد
    [two] معيارين
    [few] { $min } معايير
    [many] { $min } معيارًا
   *[other] { $min } معيار
  } على الأقل.
author-edit-max-options = الحد الأقصى لعدد الخيارات في المقارنة هو { $max }.
author-edit-min-options = الحد الأدنى لعدد الخيارات في المقارنة هو { $min }.
author-edit-range-first = أعطِ الدرجة نطاقًا أولًا، مثل 7 (6-8): فالملاحظة تذكر من يقول بكل طرف منه.
author-edit-gone = { $what ->
    [option] لم يعد ذلك الخيار موجودًا.
    [criterion] لم يعد ذلك المعيار موجودًا.
    [preset] لم يعد ذلك الإعداد المسبق موجودًا.
    [citation] لم يعد ذلك الاستشهاد موجودًا.
   *[source] لم يعد ذلك المصدر موجودًا.
  }
author-new-name = { $what ->
    [option] الخيار { $number }
    [criterion] المعيار { $number }
    [preset] الإعداد المسبق { $number }
   *[source] المصدر { $number }
  }
# A link that carries its dataset.
author-link-too-long = يبلغ عدد أحرف مجموعة البيانات هذه بعد ضغطها { $length }، وهو أكثر مما يستطيع رابط أن يحمله بموثوقية ({ $max }): انشر الملف وأعطِ عنوانه.
author-link-long = يبلغ عدد أحرف هذا الرابط { $length }. تفتحه المتصفحات، لكن بعض تطبيقات الدردشة والبريد تقطع الروابط التي يزيد عدد أحرفها على { $max }؛ ولتلك التطبيقات، انشر الملف وشارك عنوانه.

## Importing a table (the authoring page). $name, $column and $text are
## from the pasted table; the header row (صف العناوين) is row 1.

table-paste = الصق جدولًا: صف عناوين بأسماء الخيارات، ثم صفًا لكل معيار فيه اسمه ودرجة من ٠ إلى { $top } لكل خيار.
table-not-a-table = لا يبدو هذا جدولًا: الصق صفوفًا منسوخة من جدول بيانات، أو نص CSV، أو جدول Markdown، أو جدول HTML.
table-too-large = حجم النص الملصق { $kb } ك.ب، وأكبر جدول يقرؤه Versus حجمه { $max } ك.ب.
table-header-only = ليس في الجدول إلا صف العناوين: أضف صفًا لكل معيار، يبدأ باسمه ثم درجة لكل خيار.
table-too-many-criteria = عدد المعايير في الجدول { $found }، وأقصى ما يعرضه Versus هو { $max }.
table-too-many-columns = عدد الأعمدة في الجدول { $found }، وأقصى ما يقرؤه Versus هو { $max }: عمود المعايير، وما يصل إلى { $options } من الخيارات، وأعمدة مثل «Question» (السؤال) و«Weight» (الوزن).
table-no-options = لم يُعثر على أي خيار: كل عمود بعد الأول خيار، يُسمّى في صف العناوين، وله درجة من ٠ إلى { $top } في كل صف.
table-one-option = لم يُعثر إلا على خيار واحد («{ $name }»)؛ تحتاج المقارنة إلى ما بين { $min } و{ $max } من الخيارات، واحد في كل عمود بعد الأول.
table-too-many-options = عدد الخيارات الموجودة { $found } ({ $names })، وأقصى ما يقارنه Versus هو { $max }.
table-column-unnamed = العمود { $column } بلا اسم خيار
# $kind: named ($column is the column's name) or number.
table-column-skipped = لم يُستورد العمود { $kind ->
    [named] «{ $column }»
   *[number] { $column }
  }: لا يحتوي على درجات من ٠ إلى { $top }.
table-same-columns = العمودان { $first } و{ $second } { $role ->
    [question] كلاهما يحتوي على الأسئلة
    [weight] كلاهما يحتوي على الأوزان
   *[option] كلاهما يحمل الاسم «{ $name }»
  }
table-row = الصف { $row }
table-row-named = الصف { $row } «{ $name }»
table-row-unnamed = الصف { $row }: المعيار بلا اسم
table-row-repeats = يكرّر الصف { $row } المعيار «{ $name }» الوارد في الصف { $first }
# $place is table-row or table-row-named.
table-row-too-wide = يحتوي { $place } على { $cells } من الخلايا، بينما يحتوي صف العناوين على { $width }
table-cell = { $place }، العمود «{ $column }»: { $problem }
table-no-score = لا توجد درجة
table-not-a-score = «{ $text }» ليس درجة من ٠ إلى { $top }
table-range-misses = النطاق { $low }–{ $high } لا يتضمن الدرجة { $score }
# $kind: number (a number, not whole or not on the scale) or text.
table-not-a-weight = { $kind ->
    [number] { $text }
   *[text] «{ $text }»
  } ليس عددًا صحيحًا من ٠ إلى { $top }
# $what is one of the fault-* messages, which name their own subject
# (القيمة): "in the name" / "in the question" says where.
table-data-row = الصف { $row } «{ $name }»: { $field ->
    [name] في الاسم، { $what }
    [question] في السؤال، { $what }
   *[other] { $what }
  }
table-data-column = العمود { $column } «{ $name }»: { $field ->
    [name] في الاسم، { $what }
    [question] في السؤال، { $what }
   *[other] { $what }
  }
table-more = …و{ $count } غيرها
# An imported table's title (its options, the last two joined) and the preset its Weight column makes.
author-imported-title = { $first } أم { $last }؟
author-suggested-preset = الأولويات المقترحة
author-suggested-description = الأوزان الواردة في الجدول المستورد.
