# Versus: Japanese (ja). Translated from en.ftl.
# A native speaker's review is welcome: open an issue or a pull request.
#
# Notes on choices:
#   - Style: polite です/ます where a sentence addresses the reader;
#     short noun phrases (体言止め) for labels, buttons and headings.
#   - Full-width punctuation (。、：（）); ranges use 〜; no space between
#     sentences, so two-sentences is { $first }{ $second }.
#   - No spaces are put between Japanese text and the placed names or
#     numbers (e.g. { $leader }が{ $margin }ポイント差で勝利).
#   - Terminology: criterion = 評価項目 (項目 where short), priority = 優先度,
#     weight = 重み, verdict = 判定, source = 出典, evidence = 根拠,
#     point (of the margin) = ポイント, decision record = 意思決定記録,
#     browser = ブラウザー.
#   - level-words are phrased as degrees of importance (重要ではない …
#     最も重要) so that they read both on their own, after the slider value,
#     and inside reason-priority ("あなたにとってとても重要").
#   - Japanese has only the plural category "other": the point/minute/hour/
#     day selects are dropped and source-count is simply "{ $count }件の出典";
#     every variable the English uses is kept.

## The page

page-title = Versus：バックエンドはNode.jsとPythonのどちら？
page-description = プロジェクトで重視する点を設定すると、Node.jsとPythonのどちらが向いているかを、根拠と出典つきでブラウザー上で判定します。
page-noscript = 優先度を変更するにはJavaScriptが必要です。以下は表示中の優先度での判定で、すべての評価項目・スコア・出典を掲載しています。
boot-loading = 比較を読み込んでいます…
boot-failed = インタラクティブな比較を開始できませんでした。必要なファイルが正しく届きませんでした。不安定な接続、プロキシ、Wi-Fi のログインページが原因の可能性があります。
boot-retry = 再試行
boot-retrying = 再試行しています…
language-label = 言語
colophon = Versus { $build }。スコアは{ $sources }にもとづく評価で、各カードに出典を示しています。出典によって評価が異なる場合は、その幅を表示しています。
# The line under the title when the comparison has no description of its own.
lede = { $disagree ->
    [yes] 各評価項目がプロジェクトにとってどれだけ重要かを設定してください。判定は{ $sources }をもとに、操作に合わせてブラウザー上で再計算されます。出典どうしの見解は必ずしも一致していません。
   *[no] 各評価項目がプロジェクトにとってどれだけ重要かを設定してください。判定は{ $sources }をもとに、操作に合わせてブラウザー上で再計算されます。
  }
# How many sources, as prose says it. Japanese writes the count in digits
# with the counter 件; no plural forms are needed.
source-count = { $count }件の出典
# Two sentences in a row (languages that do not put a space between
# sentences leave it out).
two-sentences = { $first }{ $second }
# Separates the items of a list, as in "Python 7.2、Node.js 6.8".
list-separator = {"、"}

## Priorities (the sliders)

criteria-heading = 評価項目ごとの優先度
# A slider's level in words; $band is one of none, low, some, medium, high, top.
level-words = { $band ->
    [none] 重要ではない
    [low] あまり重要ではない
    [some] やや重要
    [medium] 重要
    [high] とても重要
   *[top] 最も重要
  }
# What a screen reader says for a slider: "10中8、とても重要".
level-value = { $max }中{ $level }、{ $words }
preset-label = プロジェクトの種類から選ぶ
preset-custom = 自分で重み付け
reset = リセット
sort-label = 項目の並び順
sort-default = トピック
sort-importance = あなたにとっての重要度
sort-impact = 判定への影響
view-label = 表示
view-cards = カード（根拠つき）
view-compact = コンパクト表示
show-all-criteria = 全{ $count }項目を表示
show-leading-criteria = 判定への影響が大きい{ $count }項目だけを表示
no-flip = この項目だけでは首位は入れ替わりません。
# $levels is one of the flip-levels-* messages below.
flip-at = { $many ->
    [yes] { $levels }で{ $leader }が首位に立ちます
   *[no] { $levels }で{ $leader }が勝ちます
  }
flip-levels-up = { $low }以上
flip-levels-down = { $high }以下
flip-levels-one = { $low }
flip-levels-range = { $low }〜{ $high }
# The compact row's button that opens a criterion's evidence.
row-why = 理由
row-evidence = { $criterion }の根拠

## The verdict

verdict-heading = 判定
verdict-none = 優先度が未設定
verdict-too-close-equal = 重みが均等の場合：僅差のため判定不能
verdict-too-close = 僅差のため判定不能
verdict-leads-equal = 重みが均等の場合、{ $leader }が{ $margin }ポイント差でリード
verdict-leads-rival-equal = 重みが均等の場合、{ $leader }が{ $runner }に{ $margin }ポイント差でリード
verdict-wins = { $leader }が{ $margin }ポイント差で勝利
verdict-wins-rival = { $leader }が{ $runner }に{ $margin }ポイント差で勝利
verdict-more = 理由と、判定が変わる条件
verdict-flip-label = 判定が変わる条件：
invite-slider = 重視する点を設定するまで、すべての評価項目は同じ重みで扱われます。スライダーを動かしてみてください。
invite-preset = 重視する点を設定するまで、すべての評価項目は同じ重みで扱われます。プロジェクトの種類を選ぶか、スライダーを動かしてみてください。
detail-none = すべての優先度が0になっています。判定を出すには、少なくとも1つのスライダーを上げてください。
# $scores is a list of score-item, highest first.
detail-scores = 重み付きスコア（{ $max }点満点）：{ $scores }。
score-item = { $tech } { $score }
robust-too-close = 差は{ $band }ポイント未満で、出典間の見解の違いによって変わりうる範囲内です。
robust-holds = 出典の見解が分かれる点を最も不利に解釈しても、{ $leader }の勝利は変わりません。
robust-rival = 確定ではありません。見解が分かれる主張を最も不利に解釈すると、{ $rival }が{ $margin }ポイント差でリードします。
robust-narrow = 確定ではありません。見解が分かれる主張を最も不利に解釈すると、{ $leader }のリードは{ $margin }ポイントにとどまります。
why-heading = 理由
why-heading-rival = { $leader }が{ $runner }に勝る理由
# $priority is reason-priority or reason-priority-equal; in Japanese it is
# placed inside the parentheses after the scores.
reason-priority = あなたにとって{ $words }
reason-priority-equal = ほかの項目と同じ重み
reason-even = { $criterion }は互角です（どちらも{ $score }、{ $priority }）。
reason-stronger = { $criterion }では{ $strong }が上回っています（{ $high } 対 { $low }、{ $priority }）。
reason-stronger-than = { $criterion }では{ $strong }が{ $weak }を上回っています（{ $high } 対 { $low }、{ $priority }）。
reason-stronger-not-enough = { $criterion }では{ $strong }が上回っています（{ $high } 対 { $low }、{ $priority }）が、結果を変えるほどの差ではありません。
reason-stronger-than-not-enough = { $criterion }では{ $strong }が{ $weak }を上回っています（{ $high } 対 { $low }、{ $priority }）が、結果を変えるほどの差ではありません。
closest-flip-raise = { $criterion }を{ $level }に上げると、{ $leader }が首位になります。
closest-flip-lower = { $criterion }を{ $level }に下げると、{ $leader }が首位になります。
chart-caption = 各評価項目が判定に与える影響：{ $leader } 対 { $runner }（差に占めるポイント）
chart-criterion = 評価項目
chart-favours = 有利な側
chart-points = ポイント
chart-show-top = 上位の評価項目のみ表示

## The evidence on a card

score-out-of-ten = { $score } / 10
score-range = { $score } / 10（出典による幅：{ $low }〜{ $high }）
sources-disagree = 出典の見解が分かれています
sources-who-says-what = 出典ごとの主張
sources-loading = 出典を読み込んでいます…
sources-unavailable = 出典を読み込めませんでした。接続を確認してから、いったん閉じてもう一度開いてください。
sources-none = 出典なし
sources-count = 出典（{ $count }件）
sources-count-corrected = 出典（{ $count }件、うち{ $corrected }件は訂正あり）
# Before a quote or a note about one option: "Pythonについて：".
on-tech = { $tech }について：
uncited = { $tech }について：出典なし。
correction-label = 訂正：
note-label = 注記：

## Keeping and sharing

share-heading = 保存・共有
embed-widget = このウィジェットを埋め込む
copy-link = リンクをコピー
copy-markdown = Markdownでコピー
download-markdown = .mdをダウンロード
copied-link = リンクをクリップボードにコピーしました。
copied-record = 意思決定記録をクリップボードにコピーしました。
no-clipboard-link = ブラウザーでコピーが許可されませんでした。下のリンクが選択された状態になっているので、Ctrl+C（Macでは⌘C）を押してコピーしてください。
no-clipboard-record = ブラウザーでコピーが許可されませんでした。下の意思決定記録が選択された状態になっているので、Ctrl+C（Macでは⌘C）を押してコピーしてください。
no-download-record = この埋め込みではファイルを保存できません。下の意思決定記録が選択された状態になっているので、Ctrl+C（Macでは⌘C）を押してコピーしてください。
record-saved = 意思決定記録をversus-decision.mdとして保存しました。
record-not-saved = このブラウザーではファイルを保存できませんでした。
link-to-copy = コピーするリンク
record-to-copy = コピーする意思決定記録

## Notices

dismiss = 閉じる
settings-not-used = この埋め込みの設定の一部は適用されませんでした
link-settings-not-used = このリンクの設定の一部は適用されませんでした
storage-refused-title = Versusは優先度を記憶できませんでした
storage-refused = このブラウザーが保存を拒否したため（ストレージがいっぱいの可能性があります）、次回はデフォルトの設定から始まります。アドレスバーのリンクには設定が残っているので、ブックマークするかコピーして保存してください。
memory-stale-title = 記憶していた優先度の一部は適用できなくなりました
update-applying = Versusを更新しています…新しいバージョンの準備ができると、ページが再読み込みされます。
update-available = 新しいバージョンのVersusを利用できます。
update-reload = 再読み込みして更新

## Loading someone's comparison

# $source is url, link, inline or builtin.
load-pending = { $source ->
    [url] { $url }から比較を読み込んでいます…
    [link] このリンクから比較を読み込んでいます…
    [inline] このページに記述された比較を読み込んでいます…
   *[builtin] Versusに組み込まれた比較を読み込んでいます…
  }
load-failed-from = { $source ->
    [url] { $url }からの比較：
    [link] このリンクからの比較：
    [inline] このページに記述された比較：
   *[builtin] Versusに組み込まれた比較：
  }
try-again = 再試行
open-builtin = 組み込みの比較（Node.jsかPythonか）を開く

## 使えなかったもの、読み込めなかったもの、止まったとき

setting-too-long = 設定が{ $length }文字あり、Versusが書き出す長さを大きく超えているため、無視しました。
setting-value-too-long = { $key }を無視しました：値が{ $length }文字あり、埋め込みに必要な長さを大きく超えています。
setting-too-many = 最初の{ $read }件の設定だけを読み、残りの{ $ignored }件は無視しました。
setting-unknown-version = このリンクは、このバージョンのVersusが知らない形式（「{ $found }」）のため、設定を無視しました。
setting-missing-version = このリンクには形式の指定がないため、{ $version }として読みました。
setting-bad-encoding = 「{ $part }」を無視しました：正しくエンコードされていません。
setting-unknown-key = 「{ $key }」を無視しました：Versusにその名前の設定はありません。
setting-bad-value = { $key ->
    [sort] sort=「{ $value }」を無視しました：default、importance、impactのいずれかを指定してください。
    [theme] theme=「{ $value }」を無視しました：light、dark、autoのいずれかを指定してください。
    [layout] layout=「{ $value }」を無視しました：compactかcardsを指定してください。
    [lang] lang=「{ $value }」を無視しました：Versusが対応する言語（{ $languages }）を指定してください。
    [heading] heading=「{ $value }」を無視しました：見出しは表示される文字で1～{ $max }文字にしてください。
    [criteria] criteria=「{ $value }」を無視しました：評価項目のIDをカンマ区切りで指定してください。
   *[other] { $key }=「{ $value }」を無視しました：0～{ $max }の整数を指定してください。
  }
setting-duplicate = 「{ $key }」が複数回あります。最初の値を使いました。
setting-unknown-preset = プリセット「{ $id }」を無視しました：その名前のプロジェクトの種類はありません。
problems-more = …ほか{ $count }件。
load-failed-title = 比較のデータを読み込めませんでした
link-failed-title = このリンクの比較を開けませんでした
data-problems-title = この比較のデータに{ $count }件の問題があります
fetch-no-answer = { $address }から応答がありません。アドレスと接続を確認してください。別のサイトにあるファイルは、このサイトからの読み込みを許可している必要があります（CORS）。
fetch-slow-answer = { $address }から{ $seconds }秒以内に応答がありませんでした。もう一度試すか、接続を確認してください。
fetch-slow-file = { $address }から{ $seconds }秒以内にファイル全体が届きませんでした。もう一度試すか、接続を確認してください。
fetch-bad-address = 「{ $address }」は、このページから取得できるアドレスではありません。
fetch-refused = { $address }の応答：{ $status } { $reason }
fetch-interrupted = { $address }の読み込みが中断されました。
fetch-empty = ファイルが空です。
fetch-not-text = ファイルがUTF-8のテキストではありません。
fetch-too-large = 読み込みませんでした：ファイルが、Versusが読める最大サイズの{ $max } KBを超えています。
address-too-long = アドレスが{ $length }文字あり、Versusが読める{ $max }文字を超えています。もっと短いアドレスでファイルを公開してください。
link-damaged = リンク内のデータが壊れているか、途中で切れています。リンクかファイルをもう一度もらってください。
link-too-long = リンク内のデータが{ $length }文字あり、リンクに入れられる{ $max }文字を超えています。代わりにファイルをもらってください。
link-no-decompression = このブラウザーはリンクを展開できません。最新のブラウザーで開いてください。
# データセットに質問がない評価項目の質問。
criterion-default-question = { $name }はプロジェクトにとってどのくらい重要ですか？

## データセットの問題。作成ページの一覧と、閲覧者への通知に表示される。
## $pathは形式そのもの（criteria[2].scores[0].value）で、`バッククォート`内の
## フィールド名も形式のもの：どちらもそのまま残す。ファイルから引いた数値
## （$number、$low、$high、$score）は書かれたとおりに表示される。

data-problem-in = { $path }：{ $problem }
data-problem-at = { $line }行目、{ $column }列目：{ $problem }
fault-too-large = ファイルサイズが{ $kb } KBあります。Versusが読めるデータセットは最大{ $max } KBです
fault-not-json = 有効なJSONではありません：{ $problem }
fault-mismatch = { $expected ->
    [object] オブジェクト
    [text] テキスト
    [number] 数値
    [level] 整数
    [list] リスト
    [version] 数値1
    [range] 2つの数値（[最小, 最大]の形）
   *[weights] 評価項目のIDと重みからなるオブジェクト
  }が必要ですが、{ $found ->
    [null] null
    [boolean] trueかfalse
    [number] 数値
    [text] テキスト
    [list] リスト
   *[object] オブジェクト
  }になっています
fault-unknown-field = 不明なフィールド`{ $field }`です。使えるフィールド：{ $known }
fault-missing-field = フィールド`{ $field }`がありません
fault-not-a-level = { $number }は0〜{ $max }の整数ではありません
fault-other-version = このファイルは別のバージョンの形式用です。このVersusが読めるのはバージョン{ $version }です
fault-not-a-language-tag = 「{ $text }」は言語タグではありません。"en"、"de"、"pt-BR"のような言語タグを書いてください
fault-id-and-file = `id`と`file`の両方ではなく、どちらか一方を指定してください
fault-empty-list = 空です。少なくとも1つ必要です
fault-too-few = { $list ->
    [technologies] 技術
   *[criteria] 評価項目
  }は少なくとも{ $min }個必要ですが、{ $found }個しかありません
fault-too-many = { $list ->
    [technologies] 技術が{ $found }個あります。Versusが表示できるのは最大{ $max }個です
    [criteria] 評価項目が{ $found }個あります。Versusが表示できるのは最大{ $max }個です
    [sources] 出典が{ $found }件あります。Versusが表示できるのは最大{ $max }件です
    [presets] プリセットが{ $found }個あります。Versusが表示できるのは最大{ $max }個です
   *[corrections] 訂正が{ $found }件あります。Versusが表示できるのは最大{ $max }件です
  }
fault-above-top = { $number }は{ $max }を超えています
fault-below-zero = { $number }は0未満です
fault-blank = 空にはできません
fault-blank-claim = 主張を空にはできません
fault-too-long = { $max }文字を超えています
fault-id-characters = `{ $id }`に使えるのは半角英数字と`_`、`-`、`.`だけです
fault-used-earlier = `{ $text }`は前のエントリーですでに使われています
fault-reads-like-earlier = `{ $name }`は前のエントリーの名前と同じに読めます。見えない文字や空白の違いでは名前を区別できません
fault-reserved-id = `{ $id }`は共有リンク用に予約されています。別のIDを選んでください
fault-not-a-web-address = https://またはhttp://で始まるウェブアドレスにしてください
fault-not-in-list = `{ $id }`は{ $list ->
    [technologies] 技術
    [criteria] 評価項目
    [sources] 出典
   *[corrections] 訂正
  }の一覧にありません
fault-scored-twice = この評価項目で`{ $id }`にスコアが2回付けられています
fault-no-score-for = `{ $id }`のスコアがありません
fault-bad-range = 範囲[{ $low }, { $high }]は、スコア{ $score }を含み、0〜{ $max }に収まっている必要があります
fault-contested-without-range = `contested`の注記には、出典が支持するスコアの範囲が必要です
fault-too-many-citations = 引用が{ $found }件あります。最大{ $max }件までです
fault-quote-too-long = { $words }語あります。引用は最大{ $max }語までにしてください
fault-recommendation-uncited = 推奨には少なくとも1つの引用が必要です
fault-unscored = いずれかの技術に、スコアのない評価項目があります

## テキストがJSONでない理由。$foundはjson-found-*のいずれか、$keyはファイル中の
## フィールド名。

json-expected = { $expected ->
    [value] 値
    [comma-or-bracket] `,`か`]`
    [comma-or-brace] `,`か`{ "}" }`
    [field-name] ダブルクォートで囲んだフィールド名
    [digit] 数字
    [digit-after-point] `.`の後の数字
   *[exponent-digit] 指数部の数字
  }が必要ですが、{ $found }
json-expected-colon = `"{ $key }"`の後に`:`が必要ですが、{ $found }
json-found-end = テキストが終わりました
json-found-char = `{ $char }`が見つかりました
json-found-control = 制御文字{ $code }が見つかりました
json-text-after-end = ドキュメントの終わりの後に余分なテキストがあります
json-too-deep = 入れ子が{ $max }階層を超えています
json-list-ends-with-comma = リストの最後にカンマは置けません
json-object-ends-with-comma = オブジェクトの最後にカンマは置けません
json-duplicate-field = 同じオブジェクトにフィールド`{ $key }`が2回あります
json-leading-zero = 数値を0で始めることはできません（07ではなく7と書きます）
json-number-too-large = この数値は大きすぎます
json-unescaped-control = テキスト内の改行や制御文字はエスケープする必要があります（`\n`）
json-unclosed-text = このテキストが`"`で閉じられていません
json-unknown-escape = 不明なエスケープです：`\`の後に{ $found }
json-short-unicode-escape = `\u`には16進数4桁が必要です
json-unpaired-surrogate = `\u`の上位サロゲートの後には下位サロゲートが必要です
json-lone-surrogate = `\u`が文字を表していません（単独のサロゲート）

crash-notice = 問題が起きたため、Versusが停止しました。再読み込みすると、たいてい直ります。
crash-reload = 再読み込み
provenance = { $source ->
    [link] この比較はこのリンクから読み込まれたものです。判定はVersusが計算していますが、スコアはVersusが作成・確認したものではありません。
    [page] この比較はこのページに記述されたものです。判定はVersusが計算していますが、スコアはVersusが作成・確認したものではありません。
   *[url] この比較は{ $url }から読み込まれたものです。判定はVersusが計算していますが、スコアはVersusが作成・確認したものではありません。
  }
# Added after provenance when the widget shows a copy saved offline.
# $age is one of the age-* messages; it is put in parentheses because
# "たった今" cannot take the particle に.
provenance-saved = サーバーから応答がなかったため、保存済みのコピー（{ $age }）を表示しています。
age-just-now = たった今
age-minutes = { $count }分前
age-hours = { $count }時間前
age-days = { $count }日前

## The decision record (Markdown, from "Copy as Markdown" and "Download .md")

record-title = 意思決定記録：{ $title }
record-date = 日付：{ $date }
record-status = ステータス：提案中
record-made-with = 作成ツール：Versus（{ $link }）
record-context = 背景
record-context-intro = 各評価項目に0（考慮しない）から10（決定的）までの重みを付けました。特に重視した項目：
record-no-priorities = なし（すべての重みが0）
record-priority = { $criterion }：{ $level }/10（{ $words }）
record-decision = 決定
# The verdict's headline, then the sentence that puts it in context.
record-decision-line = { $headline }。{ $detail }
record-reasons = 理由
record-caveats = 留意点
record-no-caveats = 重み付けしたどの評価項目も、出典の見解が分かれる主張には依拠していません。
record-caveat = { $criterion }（{ $tech }、重み{ $level }）：{ $note }
record-sources = 出典
record-source = { $publisher }「{ $title }」（{ $place }）

## 作成ページ（author.html）。閲覧者向けのページとそのカタログファイルには
## 含まれず（core/build.rs）、作成ページが取得する。`バッククォート`内の
## 形式のフィールド名とファイル名はそのまま残す。option = 選択肢（技術に
## 限らないため）、snippet = コード、preset = プリセット。

author-title = 自分の比較を作成
author-lede = 選択肢も評価項目も自由に設定できます。表を貼り付けるかグリッドに入力し、チェッカーが見つけた問題を直したら、ファイル、埋め込み、リンクのいずれかとして公開できます。データはすべてこのブラウザー内にとどまります。
author-format-link = データセットの形式
author-schema-link = JSON Schema
author-back-link = 「Node.jsかPythonか」に戻る
author-dataset-heading = データセット
author-import-table = 表をインポート
author-start-template = テンプレートから始める
author-duplicate-builtin = 組み込みの比較を複製
author-edit-as = 編集モード
author-view-grid = グリッド
author-view-json = JSON
author-undo = 元に戻す
author-redo = やり直す
author-builtin-failed = 組み込みの比較を読み込めなかったため、下書きは変更されていません。{ $why }
author-other-tab = この下書きは別のタブで変更されました。互いに上書きしないよう、このタブでは保存を停止しています。どちらを残すか選んでください。
author-keep-mine = このタブの下書きを残す
author-take-theirs = 別のタブの下書きを使う
author-not-stored = このブラウザーが下書きを保存しなかったため、ページを離れると失われます。残すにはダウンロードしてください。
author-json-label = データセットのJSON
author-preview-heading = プレビュー
author-preview-last-good = 問題のない最後のバージョンを表示しています。
author-replace = 下書きを置き換えますか？「元に戻す」で復元できます。
author-replace-with-table = 下書きをインポートした表で置き換えますか？「元に戻す」で復元できます。
# $formatはauthor-table-formatのキーのいずれか。
author-imported = { $format ->
    [markdown] Markdownの表
    [html] HTMLの表
    [csv] CSV
   *[tsv] タブ区切りの行
  }から、評価項目{ $criteria }個と選択肢{ $options }個をインポートしました。「元に戻す」でインポート前の下書きに戻せます。
author-problems = { $count ->
    [0] 問題はありません。このデータセットは公開できます。
   *[other] { $count }件の問題
  }
author-problems-more = …ほか{ $count }件。まずこれらを直すと、一覧が先に進みます。
author-still-to-write = 未記入：{ $items }。なくてもウィジェットは動作しますが、どのスコアに引用がないかが閲覧者に表示されます。
author-reasons = 理由{ $count }件
author-citations = 引用{ $count }件
author-notes = 出典ごとの主張についての注記{ $count }件

# グリッドとその横のパネル。
author-grid-needs-json = JSONが読み取れるようになると、グリッドに下書きが表示されます。JSON表示で下の問題を直してください。
author-show-json = JSONを表示
author-copied-table = { $format ->
    [markdown] 表をMarkdownの表としてコピーしました。
   *[tsv] 表をTSVとしてコピーしました。
  }
author-copy-refused-table = このブラウザーではページからコピーできませんでした。下に表があるので、選択してコピーしてください。
author-title-label = タイトル
author-description-label = 説明（任意）
author-add-option = 選択肢を追加
author-add-criterion = 評価項目を追加
author-copy-markdown = Markdownの表としてコピー
author-copy-tsv = TSVとしてコピー
author-table-by-hand = 手動でコピーする表
author-grid-label = スコア：行が評価項目、列が選択肢
author-grid-corner = 評価項目
author-option-name = 選択肢{ $number }の名前
author-criterion-name = 評価項目{ $number }の名前
author-score-of = { $criterion }における{ $option }
author-cell-panel = 選択中のセル
author-cell-hint = セルに移動すると、そのセルの内容を表示・編集できます。
author-option-heading = 選択肢：{ $name }
author-criterion-heading = 評価項目：{ $name }
author-move-left = 左へ移動
author-move-right = 右へ移動
author-remove-option = この選択肢を削除
author-question-label = 閲覧者のスライダーが答える質問
author-move-up = 上へ移動
author-move-down = 下へ移動
author-remove-criterion = この評価項目を削除
author-rationale-label = このスコアの理由
author-contested-label = 出典の見解が分かれる点：出典ごとの主張
author-range-hint = 出典の見解が分かれる場合は、セルのスコアに7 (6-8)のように幅を付け、ここに出典ごとの主張を書いてください。
author-citations-heading = 引用
author-no-citation = まだ出典が引用されていません。このスコアに引用がないことが閲覧者に表示されます。
author-citation-legend = 引用{ $number }
author-source-label = 出典
author-quote-label = 引用文（原文のまま）
author-remove-citation = この引用を削除
author-add-citation = 引用を追加
author-sources-summary = 出典（{ $count }件）
author-source-legend = 出典{ $number }
author-publisher-label = 発行元
author-address-label = アドレス（https://…）
author-add-source = 出典を追加
author-presets-summary = プリセット（{ $count }個）
author-preset-name = プリセット{ $number }の名前
author-remove-preset = プリセット「{ $name }」を削除
author-remove = 削除
author-preset-weight = { $preset }：{ $criterion }の重み
author-add-preset = プリセットを追加

# 表のインポート。
author-import-heading = 表のインポート
author-import-help = スプレッドシート、CSV、Markdownの表、またはウェブページからコピーした表の行を貼り付けてください。1行目は選択肢の名前です（2〜6個）。2行目以降の各行は、評価項目と0〜10のスコアです。スコアは7のように書くか、出典の見解が分かれる場合は7 (6-8)のように書きます。見出しが「Question」または「Weight」の列は、それぞれ質問と重みとして読み込まれます。
author-import-label = インポートする表
author-import-problems = { $count }件の問題があります。まだ何もインポートしていません。
author-import = インポート
author-cancel = キャンセル

# 公開。
author-publish = 公開
author-download = ファイルをダウンロード
author-downloaded = comparison.jsonをダウンロードしました。
author-download-refused = このページではここでファイルをダウンロードできません。代わりにエディターのテキストをコピーしてください。
author-file-url-label = ファイルをどこで公開しますか？（任意）
author-file-url-bad = アドレスはhttps://またはhttp://で始まる必要があります。
author-file-url-help = アドレスを指定すると、埋め込みはそこからファイルを読み込みます（別のサイトの場合、そのサイトがAccess-Control-Allow-Originを送信する必要があります）。指定しない場合、データセットは各コードとリンクの中に含まれます。
# $whatはiframe、element、linkのいずれか。
author-copy-output = { $what ->
    [iframe] iframeのコードをコピー
    [element] 要素のコードをコピー
   *[link] リンクをコピー
  }
author-copied-output = { $what ->
    [iframe] iframeのコードをコピーしました。
    [element] 要素のコードをコピーしました。
   *[link] リンクをコピーしました。
  }
author-copy-output-refused = { $what ->
    [iframe] iframeのコードをコピーできませんでした。選択して手動でコピーしてください。
    [element] 要素のコードをコピーできませんでした。選択して手動でコピーしてください。
   *[link] リンクをコピーできませんでした。選択して手動でコピーしてください。
  }
author-iframe-output = iframeのコード（どのブログでも使用可）
author-element-output = カスタム要素のコード
author-link-output = Versusで開くリンク
author-preparing = コードを準備しています…

# 埋め込みダイアログ（閲覧者のページの「このウィジェットを埋め込む」で開く）。
author-embed-heading = この比較をサイトに埋め込む
author-embed-intro = どちらのコードも、いま設定している重みで始まります。どちらかを記事のHTMLに貼り付けてください。
author-embed-theme = テーマ
author-embed-iframe = iframe（どこでも動作）
author-embed-link-only = この比較のデータはリンク自体に含まれていて、それを扱えるのはiframeだけです。カスタム要素、Hugo、Jekyllで使うには、データセットをファイルとして公開し（作成ページのauthor.htmlですべてのコードを作成できます）、?data=で開いてください。
author-embed-element = カスタム要素（iframeなし）
author-embed-platforms = Hugo、Jekyll、WordPressなどのプラットフォーム
author-embed-hugo = Hugoのショートコード
author-embed-hugo-help = Versusのリポジトリからembed/hugo/versus.htmlをlayouts/shortcodes/にコピーしてから、次のように書きます：
author-embed-jekyll = Jekyllのインクルード
author-embed-jekyll-help = embed/jekyll/versus.htmlを_includes/にコピーしてから、次のように書きます：
author-embed-oembed = リンクのみ（WordPress、GhostなどのoEmbed対応プラットフォーム）
author-embed-oembed-help = アドレスを単独の行に貼り付けてください。プラットフォームがoEmbedで埋め込みを見つけます。
author-embed-preview = プレビュー
author-close = 閉じる
# $whatはiframe、element、hugo、jekyll、linkのいずれか。
author-embed-copy = { $what ->
    [iframe] iframeのコードをコピー
    [element] カスタム要素のコードをコピー
    [hugo] Hugoのショートコードをコピー
    [jekyll] Jekyllのインクルードをコピー
   *[link] oEmbed用のリンクをコピー
  }
author-embed-snippet-label = { $what ->
    [iframe] iframeのコード
    [element] カスタム要素のコード
    [hugo] Hugoのショートコード
    [jekyll] Jekyllのインクルード
   *[link] oEmbed用のリンク
  }
author-embed-copied = { $what ->
    [iframe] iframeのコードをクリップボードにコピーしました。
    [element] カスタム要素のコードをクリップボードにコピーしました。
    [hugo] Hugoのショートコードをクリップボードにコピーしました。
    [jekyll] Jekyllのインクルードをクリップボードにコピーしました。
   *[link] リンクをクリップボードにコピーしました。
  }
author-embed-copy-refused = { $what ->
    [iframe] ブラウザーでコピーが許可されませんでした。iframeのコードを選択して、Ctrl+C (⌘C)を押してください。
    [element] ブラウザーでコピーが許可されませんでした。カスタム要素のコードを選択して、Ctrl+C (⌘C)を押してください。
    [hugo] ブラウザーでコピーが許可されませんでした。Hugoのショートコードを選択して、Ctrl+C (⌘C)を押してください。
    [jekyll] ブラウザーでコピーが許可されませんでした。Jekyllのインクルードを選択して、Ctrl+C (⌘C)を押してください。
   *[link] ブラウザーでコピーが許可されませんでした。リンクを選択して、Ctrl+C (⌘C)を押してください。
  }
# iframeのコードが、埋め込み先ページの支援技術に伝えるタイトル。
author-embed-frame-title = { $title }（Versusによるインタラクティブな比較）
author-grid-keys = 矢印キーでセル間を移動します。Enterキーまたは文字の入力でセルを編集し、Enterキーで確定、Escキーで取り消します。スコアは0〜10で、出典の見解が分かれる場合は7 (6-8)のように幅を付けます。
# リストの最後の2つ：「理由12件、引用12件、注記1件」。
author-and = { $first }、{ $last }
author-embed-preview-frame = 埋め込みウィジェットのプレビュー
# Where a problem is in the JSON text (as data-problem-at places it).
author-problem-place = { $line }行目、{ $column }列目

# グリッドでの編集ができなかった理由と、新しい項目の名前。
author-edit-max-criteria = 比較に含められる評価項目は最大{ $max }個です。
author-edit-min-criteria = 比較には評価項目が少なくとも{ $min }個必要です。
author-edit-max-options = 比較に含められる選択肢は最大{ $max }個です。
author-edit-min-options = 比較には選択肢が少なくとも{ $min }個必要です。
author-edit-range-first = 先にスコアに7 (6-8)のような幅を付けてください。注記には、どちらの端を誰が主張しているかを書きます。
author-edit-gone = { $what ->
    [option] その選択肢はもうありません。
    [criterion] その評価項目はもうありません。
    [preset] そのプリセットはもうありません。
    [citation] その引用はもうありません。
   *[source] その出典はもうありません。
  }
author-new-name = { $what ->
    [option] 選択肢{ $number }
    [criterion] 評価項目{ $number }
    [preset] プリセット{ $number }
   *[source] 出典{ $number }
  }
# データセットを含むリンク。
author-link-too-long = このデータセットは圧縮しても{ $length }文字あり、リンクで確実に運べる{ $max }文字を超えています。ファイルを公開して、そのアドレスを指定してください。
author-link-long = このリンクは{ $length }文字あります。ブラウザーでは開けますが、チャットやメールのアプリには{ $max }文字を超えるリンクを途中で切ってしまうものがあります。そうしたアプリには、ファイルを公開してそのアドレスを共有してください。

## 表のインポート（作成ページ）。$name、$column、$textは貼り付けた表から
## 取ったもの。見出し行が1行目。

table-paste = 表を貼り付けてください。1行目は選択肢の名前を並べた見出し行、2行目以降は評価項目ごとに1行で、評価項目の名前と、各選択肢の0〜{ $top }のスコアを書きます。
table-not-a-table = 表ではないようです。スプレッドシート、CSV、Markdownの表、HTMLの表からコピーした行を貼り付けてください。
table-too-large = 貼り付けたテキストは{ $kb } KBあります。Versusが読める表は最大{ $max } KBです。
table-header-only = 表に見出し行しかありません。評価項目ごとに1行追加し、最初に名前、続けて各選択肢のスコアを書いてください。
table-too-many-criteria = 表に評価項目が{ $found }個あります。Versusが表示できるのは最大{ $max }個です。
table-too-many-columns = 表に列が{ $found }列あります。Versusが読めるのは最大{ $max }列です（評価項目の列、最大{ $options }個の選択肢、「Question」（質問）や「Weight」（重み）などの列）。
table-no-options = 選択肢が見つかりません。1列目より後の各列が選択肢で、見出し行に名前を、各行に0〜{ $top }のスコアを書きます。
table-one-option = 選択肢が1個（「{ $name }」）しか見つかりません。比較には{ $min }〜{ $max }個の選択肢が必要で、1列目より後の列に1個ずつ書きます。
table-too-many-options = 選択肢が{ $found }個見つかりました（{ $names }）。Versusが比較できるのは最大{ $max }個です。
table-column-unnamed = { $column }列目に選択肢の名前がありません
# $kind：named（$columnは列の名前）またはnumber。
table-column-skipped = { $kind ->
    [named] 列「{ $column }」
   *[number] { $column }列目
  }はインポートされませんでした：0〜{ $top }のスコアがありません。
table-same-columns = { $first }列目と{ $second }列目は{ $role ->
    [question] どちらも質問の列です
    [weight] どちらも重みの列です
   *[option] どちらも名前が「{ $name }」です
  }
table-row = { $row }行目
table-row-named = { $row }行目「{ $name }」
table-row-unnamed = { $row }行目：評価項目に名前がありません
table-row-repeats = { $row }行目は、{ $first }行目の評価項目「{ $name }」と重複しています
# $placeはtable-rowまたはtable-row-named。
table-row-too-wide = { $place }のセルは{ $cells }個ですが、見出し行は{ $width }個です
table-cell = { $place }、列「{ $column }」：{ $problem }
table-no-score = スコアがありません
table-not-a-score = 「{ $text }」は0〜{ $top }のスコアではありません
table-range-misses = 範囲{ $low }–{ $high }にスコア{ $score }が含まれていません
# $kind：number（数値だが整数でないか範囲外）またはtext。
table-not-a-weight = { $kind ->
    [number] { $text }
   *[text] 「{ $text }」
  }は0〜{ $top }の整数ではありません
# $whatはfault-*のメッセージのいずれか。$field：name、question、other。
# 「名前：」「質問：」の形にすると、どのfault-*ともつながる。
table-data-row = { $row }行目「{ $name }」{ $field ->
    [name] の名前：{ $what }
    [question] の質問：{ $what }
   *[other] ：{ $what }
  }
table-data-column = { $column }列目「{ $name }」{ $field ->
    [name] の名前：{ $what }
    [question] の質問：{ $what }
   *[other] ：{ $what }
  }
table-more = …ほか{ $count }件
# An imported table's title (its options, the last two joined) and the preset its Weight column makes.
author-imported-title = { $first }か{ $last }か？
author-suggested-preset = 推奨の優先度
author-suggested-description = 読み込んだ表に記載された重み。
