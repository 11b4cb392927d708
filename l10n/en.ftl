# Versus: English, the source catalog every other locale translates.
#
# Conventions: every message is a whole sentence or a whole label, built
# from variables; never join English fragments in code. Variables:
#   names of options ($leader, $runner, $rival, $tech, $strong, $weak) and
#   criteria ($criterion) come from the dataset, already isolated for
#   right-to-left text; numbers ($margin, $score, $count, ...) are
#   formatted for the locale before they are placed.
# A number variable can select a CLDR plural category: zero, one, two,
# few, many, other (English uses one and other), or an exact value ([1]).
# Messages named page-* are said only by the pre-rendered pages (titles,
# the line shown without JavaScript): the app's own English leaves them out.

## The page

page-title = Versus: Node.js or Python for your backend?
page-description = Weigh what matters to your project and get a sourced, explained verdict on Node.js versus Python, computed in your browser.
page-noscript = Changing the priorities needs JavaScript. Below is the verdict for the priorities shown, with every criterion, score and source.
language-label = Language
colophon = Versus { $build }. Scores are judgements drawn from { $sources }, cited on every card; where they disagree, the range is shown.
# The line under the title when the comparison has no description of its own.
lede = { $disagree ->
    [yes] Say how much each criterion matters to your project. The verdict is recomputed in your browser as you go, from { $sources } that do not always agree.
   *[no] Say how much each criterion matters to your project. The verdict is recomputed in your browser as you go, from { $sources }.
  }
# How many sources, as prose says it: small counts in words.
source-count = { $count ->
    [0] no sources
    [1] one source
    [2] two sources
    [3] three sources
    [4] four sources
    [5] five sources
    [6] six sources
    [7] seven sources
    [8] eight sources
    [9] nine sources
   *[other] { $count } sources
  }
# Two sentences in a row (languages that do not put a space between
# sentences leave it out).
two-sentences = { $first } { $second }
# Separates the items of a list, as in "Python 7.2, Node.js 6.8".
list-separator = {", "}

## Priorities (the sliders)

criteria-heading = Your priorities, criterion by criterion
# A slider's level in words; $band is one of none, low, some, medium, high, top.
level-words = { $band ->
    [none] not a priority
    [low] low priority
    [some] some priority
    [medium] medium priority
    [high] high priority
   *[top] top priority
  }
# What a screen reader says for a slider: "8 of 10, high priority".
level-value = { $level } of { $max }, { $words }
preset-label = Start from a project type
preset-custom = Your own weights
reset = Reset
sort-label = Order criteria by
sort-default = Topic
sort-importance = Importance to you
sort-impact = Effect on the verdict
view-label = View
view-cards = Cards with evidence
view-compact = Compact rows
show-all-criteria = Show all { $count } criteria
show-leading-criteria = Show only the { $count } that move the verdict most
no-flip = On its own, this cannot change the leader.
# $levels is one of the flip-levels-* messages below.
flip-at = { $many ->
    [yes] { $leader } overtakes at { $levels }
   *[no] { $leader } wins at { $levels }
  }
flip-levels-up = { $low } or more
flip-levels-down = { $high } or less
flip-levels-one = { $low }
flip-levels-range = { $low } to { $high }
# The compact row's button that opens a criterion's evidence.
row-why = Why
row-evidence = The evidence on { $criterion }

## The verdict

verdict-heading = Verdict
verdict-none = No priorities set
verdict-too-close-equal = At equal weights: too close to call
verdict-too-close = Too close to call
verdict-leads-equal = At equal weights, { $leader } leads by { $margin } { $margin ->
    [one] point
   *[other] points
  }
verdict-leads-rival-equal = At equal weights, { $leader } leads { $runner } by { $margin } { $margin ->
    [one] point
   *[other] points
  }
verdict-wins = { $leader } wins by { $margin } { $margin ->
    [one] point
   *[other] points
  }
verdict-wins-rival = { $leader } wins by { $margin } { $margin ->
    [one] point
   *[other] points
  } over { $runner }
verdict-more = Why, and what would change it
verdict-flip-label = What would change it:
invite-slider = Every criterion counts the same until you say what matters: move a slider.
invite-preset = Every criterion counts the same until you say what matters: pick a project type or move a slider.
detail-none = Every priority is at 0. Raise at least one slider to get a verdict.
# $scores is a list of score-item, highest first.
detail-scores = Weighted scores out of { $max }: { $scores }.
score-item = { $tech } { $score }
robust-too-close = The gap is under { $band } points, inside what the sources' disagreements can move.
robust-holds = { $leader } still wins where the sources disagree, at their least favourable reading.
robust-rival = Not settled: at the least favourable reading of the contested claims, { $rival } would lead by { $margin }.
robust-narrow = Not settled: at the least favourable reading of the contested claims, { $leader } would lead by only { $margin }.
why-heading = Why
why-heading-rival = Why { $leader } over { $runner }
# $priority is reason-priority or reason-priority-equal.
reason-priority = { $words } for you
reason-priority-equal = weighted like every other criterion
reason-even = { $criterion } is even ({ $score } each), { $priority }.
reason-stronger = { $strong } is stronger on { $criterion } ({ $high } vs { $low }), { $priority }.
reason-stronger-than = { $strong } is stronger than { $weak } on { $criterion } ({ $high } vs { $low }), { $priority }.
reason-stronger-not-enough = { $strong } is stronger on { $criterion } ({ $high } vs { $low }), { $priority }, but not by enough to change the result.
reason-stronger-than-not-enough = { $strong } is stronger than { $weak } on { $criterion } ({ $high } vs { $low }), { $priority }, but not by enough to change the result.
closest-flip-raise = Raising { $criterion } to { $level } would make { $leader } the leader.
closest-flip-lower = Lowering { $criterion } to { $level } would make { $leader } the leader.
chart-caption = How each criterion moves the verdict: { $leader } versus { $runner }, in points of the margin
chart-criterion = Criterion
chart-favours = Favours
chart-points = Points
chart-show-top = Show the top criteria only

## The evidence on a card

score-out-of-ten = { $score } / 10
score-range = { $score } / 10 (sources: { $low }–{ $high })
sources-disagree = Sources disagree
sources-who-says-what = who says what
sources-loading = Loading the sources…
sources-unavailable = The sources could not be loaded: check your connection, then open this again.
sources-none = No source cited
sources-count = Sources ({ $count })
sources-count-corrected = Sources ({ $count }, { $corrected } corrected)
# Before a quote or a note about one option: "On Python:".
on-tech = On { $tech }:
uncited = On { $tech }: no source cited.
correction-label = Correction:
note-label = Note:

## Keeping and sharing

share-heading = Keep or share this
embed-widget = Embed this widget
copy-link = Copy link
copy-markdown = Copy as Markdown
download-markdown = Download .md
copied-link = Link copied to the clipboard.
copied-record = Decision record copied to the clipboard.
no-clipboard-link = The browser did not allow copying. The link is selected below: press Ctrl+C (⌘C on a Mac) to copy it.
no-clipboard-record = The browser did not allow copying. The decision record is selected below: press Ctrl+C (⌘C on a Mac) to copy it.
no-download-record = This embed is not allowed to save files. The decision record is selected below: press Ctrl+C (⌘C on a Mac) to copy it.
record-saved = Decision record saved as versus-decision.md.
record-not-saved = The file could not be saved in this browser.
link-to-copy = Link to copy
record-to-copy = Decision record to copy

## Notices

dismiss = Dismiss
settings-not-used = Some settings of this embed were not used
link-settings-not-used = Some settings in this link were not used
storage-refused-title = Versus could not remember your priorities
storage-refused = This browser refused to store them (its storage may be full), so a later visit will start from the defaults. The link in the address bar still holds them: bookmark or copy it to keep them.
memory-stale-title = Some of your remembered priorities no longer apply
update-applying = Updating Versus… the page reloads when the new version is ready.
update-available = A new version of Versus is available.
update-reload = Reload to update

## Loading someone's comparison

# $source is url, link, inline or builtin.
load-pending = { $source ->
    [url] Loading the comparison from { $url }…
    [link] Loading the comparison from this link…
    [inline] Loading the comparison written into this page…
   *[builtin] Loading the comparison built into Versus…
  }
load-failed-from = { $source ->
    [url] The comparison from { $url }:
    [link] The comparison from this link:
    [inline] The comparison written into this page:
   *[builtin] The comparison built into Versus:
  }
try-again = Try again
open-builtin = Open the built-in comparison, Node.js or Python

## What could not be used, loaded or run
# $key, $value, $part, $found and $id repeat (cut short) what a link or an
# embed said; $address is a web address, cut short. The setting values in
# setting-bad-value (default, light, compact...) are typed as they are.

setting-too-long = The settings are { $length } characters long, far more than Versus writes, so they were ignored.
setting-value-too-long = Ignored { $key }: its value is { $length } characters long, far more than any embed needs.
setting-too-many = Only the first { $read } settings were read; { $ignored } more were ignored.
setting-unknown-version = The link is in a format this version of Versus does not know (“{ $found }”), so its settings were ignored.
setting-missing-version = The link does not say which format it uses; it was read as { $version }.
setting-bad-encoding = Ignored “{ $part }”: it is not validly encoded.
setting-unknown-key = Ignored “{ $key }”: Versus has no setting by that name.
setting-bad-value = Ignored { $key }=“{ $value }”: expected { $key ->
    [sort] default, importance or impact
    [theme] light, dark or auto
    [layout] compact or cards
    [lang] a language Versus speaks: { $languages }
    [heading] a heading of 1 to { $max } visible characters
    [criteria] criterion ids separated by commas
   *[other] a whole number from 0 to { $max }
  }.
setting-duplicate = “{ $key }” appears more than once; the first value was used.
setting-unknown-preset = Ignored preset “{ $id }”: there is no project type by that name.
problems-more = …and { $count } more.
load-failed-title = The comparison's data could not be loaded
link-failed-title = This link's comparison could not be opened
data-problems-title = { $count ->
    [one] This comparison's data has a problem
   *[other] This comparison's data has { $count } problems
  }
fetch-no-answer = { $address } did not answer. Check the address and your connection; a file on another site must also allow this one to read it (CORS).
fetch-slow-answer = { $address } did not answer within { $seconds } seconds. Try again, or check your connection.
fetch-slow-file = { $address } did not send the whole file within { $seconds } seconds. Try again, or check your connection.
fetch-bad-address = “{ $address }” is not an address this page can fetch.
# $status is the HTTP status code and $reason its words from the server ("404 Not Found").
fetch-refused = { $address } answered { $status } { $reason }.
fetch-interrupted = Reading { $address } was interrupted.
fetch-empty = The file is empty.
fetch-not-text = The file is not UTF-8 text.
fetch-too-large = Not read: the file is larger than { $max } KB, the largest dataset Versus reads.
address-too-long = Its address is { $length } characters long, more than the { $max } Versus reads: publish the file at a shorter address.
link-damaged = The data in the link is damaged or cut short: ask for the link again, or for the file.
link-too-long = The data in the link is { $length } characters long, more than the { $max } a link may carry: ask for the file instead.
link-no-decompression = This browser cannot decompress links; open it in a current browser.
# The question of a criterion whose dataset gives none.
criterion-default-question = How much does { $name } matter to your project?

## A dataset's problems, as the authoring page lists them and a reader's
## notice shows them. $path is the format's own (criteria[2].scores[0].value)
## and field names in `backticks` are the format's: both stay as they are.
## Numbers echoed from the file ($number, $low, $high, $score) are as written.
## The fault-* and json-* messages are a file of their own for a reader,
## fetched only when a notice lists problems (core/build.rs).

data-problem-in = { $path }: { $problem }
data-problem-at = line { $line }, column { $column }: { $problem }
fault-too-large = the file is { $kb } KB; the largest dataset Versus reads is { $max } KB
fault-not-json = not valid JSON: { $problem }
fault-mismatch = expected { $expected ->
    [object] an object
    [text] text
    [number] a number
    [level] a whole number
    [list] a list
    [version] the number 1
    [range] two numbers, [lowest, highest]
   *[weights] an object of criterion ids and weights
  }, found { $found ->
    [null] null
    [boolean] true or false
    [number] a number
    [text] text
    [list] a list
   *[object] an object
  }
fault-unknown-field = unknown field `{ $field }`; expected one of { $known }
fault-missing-field = missing field `{ $field }`
fault-not-a-level = { $number } is not a whole number from 0 to { $max }
fault-other-version = this file is for another version of the format; this Versus reads version { $version }
fault-not-a-language-tag = “{ $text }” is not a language tag; write one such as "en", "de" or "pt-BR"
fault-id-and-file = give `id` or `file`, not both
fault-empty-list = is empty; at least one is needed
fault-too-few = needs at least { $min } { $list ->
    [technologies] technologies
   *[criteria] criteria
  }, found { $found }
fault-too-many = has { $found } { $list ->
    [technologies] technologies
    [criteria] criteria
    [sources] sources
    [presets] presets
   *[corrections] corrections
  }; the most Versus shows is { $max }
fault-above-top = { $number } is above { $max }
fault-below-zero = { $number } is below 0
fault-blank = must not be empty
fault-blank-claim = a claim must not be empty
fault-too-long = is longer than { $max } characters
fault-id-characters = `{ $id }` may use only letters, digits, `_`, `-` and `.`
fault-used-earlier = `{ $text }` is used by an earlier entry
fault-reads-like-earlier = `{ $name }` reads the same as the name of an earlier entry: invisible characters and spacing do not tell names apart
fault-reserved-id = `{ $id }` is reserved for share links; choose another id
fault-not-a-web-address = must be a web address starting with https:// or http://
fault-not-in-list = `{ $id }` { $list ->
    [technologies] is not one of the technologies
    [criteria] is not one of the criteria
    [sources] is not in the list of sources
   *[corrections] is not in the list of corrections
  }
fault-scored-twice = `{ $id }` is scored twice in this criterion
fault-no-score-for = has no score for `{ $id }`
fault-bad-range = the range [{ $low }, { $high }] must hold the score { $score } and stay within 0 to { $max }
fault-contested-without-range = a `contested` note needs the range of scores the sources support
fault-too-many-citations = has { $found } citations; at most { $max }
fault-quote-too-long = has { $words } words; quote at most { $max }
fault-recommendation-uncited = a recommendation needs at least one citation
fault-unscored = some technology has no score on some criterion

## Why a text is not JSON. $found is one of json-found-*; $key is a field
## name from the file.

json-expected = expected { $expected ->
    [value] a value
    [comma-or-bracket] `,` or `]`
    [comma-or-brace] `,` or `{ "}" }`
    [field-name] a field name in double quotes
    [digit] a digit
    [digit-after-point] a digit after `.`
   *[exponent-digit] a digit in the exponent
  }, { $found }
json-expected-colon = expected `:` after `"{ $key }"`, { $found }
json-found-end = the text ended
json-found-char = found `{ $char }`
json-found-control = found control character { $code }
json-text-after-end = unexpected text after the end of the document
json-too-deep = nested more than { $max } levels deep
json-list-ends-with-comma = a list cannot end with a comma
json-object-ends-with-comma = an object cannot end with a comma
json-duplicate-field = field `{ $key }` appears twice in the same object
json-leading-zero = a number cannot start with 0 (write 7, not 07)
json-number-too-large = this number is too large
json-unescaped-control = a line break or control character inside text must be escaped (`\n`)
json-unclosed-text = this text is never closed with `"`
json-unknown-escape = unknown escape `\`, { $found }
json-short-unicode-escape = `\u` needs four hexadecimal digits
json-unpaired-surrogate = a `\u` high surrogate must be followed by a low one
json-lone-surrogate = `\u` names no character (a lone surrogate)

## When Versus stops, and where a comparison comes from

crash-notice = Something went wrong and Versus stopped. Reloading usually fixes it.
crash-reload = Reload
provenance = { $source ->
    [link] This comparison comes from this link: Versus computes the verdict, but did not write or check its scores.
    [page] This comparison comes from this page: Versus computes the verdict, but did not write or check its scores.
   *[url] This comparison comes from { $url }: Versus computes the verdict, but did not write or check its scores.
  }
# Added after provenance when the widget shows a copy saved offline.
provenance-saved = Its server did not answer, so this is the copy saved { $age }.
age-just-now = just now
age-minutes = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
  }
age-hours = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
  }
age-days = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
  }

## The decision record (Markdown, from "Copy as Markdown" and "Download .md")

record-title = Decision record: { $title }
record-date = Date: { $date }
record-status = Status: proposed
record-made-with = Made with: Versus ({ $link })
record-context = Context
record-context-intro = We weighed each criterion from 0 (irrelevant) to 10 (decisive). Our top priorities:
record-no-priorities = none: every weight is 0
record-priority = { $criterion }: { $level }/10 ({ $words })
record-decision = Decision
# The verdict's headline, then the sentence that puts it in context.
record-decision-line = { $headline }. { $detail }
record-reasons = Reasons
record-caveats = Caveats
record-no-caveats = None of our weighted criteria rests on claims the sources dispute.
record-caveat = { $criterion } ({ $tech }, weight { $level }): { $note }
record-sources = Sources
record-source = { $publisher }, “{ $title }” ({ $place })

## The authoring page (author.html). A reader's page and its catalog file
## leave these out (core/build.rs); the authoring page fetches them. Field
## names of the format in `backticks` and file names stay as they are.

author-title = Write your own comparison
author-lede = Any options, any criteria: paste a table or fill in the grid, fix what the checker finds, and publish it as a file, an embed or a link. Everything stays in this browser.
author-format-link = The dataset format
author-schema-link = JSON Schema
author-back-link = Back to Node.js or Python
author-dataset-heading = Dataset
author-import-table = Import table
author-start-template = Start from the template
author-duplicate-builtin = Duplicate the built-in comparison
author-edit-as = Edit as
author-view-grid = Grid
author-view-json = JSON
author-undo = Undo
author-redo = Redo
author-builtin-failed = The built-in comparison could not be loaded, so your draft is unchanged. { $why }
author-other-tab = This draft was changed in another tab. This tab stopped saving, so neither overwrites the other: choose which one to keep.
author-keep-mine = Keep this tab's draft
author-take-theirs = Use the other tab's draft
author-not-stored = This browser would not store your draft, so it will be lost when you leave: download it to keep it.
author-json-label = Dataset JSON
author-preview-heading = Preview
author-preview-last-good = Showing the last version without problems.
author-replace = Replace your draft? Undo brings it back.
author-replace-with-table = Replace your draft with the imported table? Undo brings it back.
# $format is one of author-table-format's keys.
author-imported = Imported { $criteria ->
    [one] { $criteria } criterion
   *[other] { $criteria } criteria
  } and { $options } options from { $format ->
    [markdown] a Markdown table
    [html] an HTML table
    [csv] CSV
   *[tsv] tab-separated rows
  }. Undo brings back the draft before.
author-problems = { $count ->
    [0] No problems: this dataset is ready to publish.
    [one] { $count } problem
   *[other] { $count } problems
  }
author-problems-more = …and { $count } more: fix these first and the list will move on.
author-still-to-write = Still to write: { $items }. The widget works without them; readers see which scores cite nothing.
author-reasons = { $count ->
    [one] { $count } reason
   *[other] { $count } reasons
  }
author-citations = { $count ->
    [one] { $count } citation
   *[other] { $count } citations
  }
author-notes = { $count ->
    [one] { $count } note on who claims what
   *[other] { $count } notes on who claims what
  }

# The grid and the panel beside it.
author-grid-needs-json = The grid shows a draft once its JSON reads: fix the problems below in the JSON view.
author-show-json = Show the JSON
author-copied-table = { $format ->
    [markdown] Copied the table as a Markdown table.
   *[tsv] Copied the table as TSV.
  }
author-copy-refused-table = This browser would not let the page copy: the table is below, select it and copy.
author-title-label = Title
author-description-label = Description (optional)
author-add-option = Add an option
author-add-criterion = Add a criterion
author-copy-markdown = Copy as Markdown table
author-copy-tsv = Copy as TSV
author-table-by-hand = The table, to copy by hand
author-grid-label = Scores: criteria in rows, options in columns
author-grid-corner = Criterion
author-option-name = Name of option { $number }
author-criterion-name = Name of criterion { $number }
author-score-of = { $option } on { $criterion }
author-cell-panel = The cell in focus
author-cell-hint = Move to a cell to see and edit what belongs to it.
author-option-heading = Option: { $name }
author-criterion-heading = Criterion: { $name }
author-move-left = Move left
author-move-right = Move right
author-remove-option = Remove this option
author-question-label = Question the reader's slider answers
author-move-up = Move up
author-move-down = Move down
author-remove-criterion = Remove this criterion
author-rationale-label = Why this score
author-contested-label = Where sources disagree: who claims what
author-range-hint = Give the score a range in its cell, such as 7 (6-8), when sources disagree; then say here who claims what.
author-citations-heading = Citations
author-no-citation = No source cited yet: readers will see that this score cites nothing.
author-citation-legend = Citation { $number }
author-source-label = Source
author-quote-label = Quote, word for word
author-remove-citation = Remove this citation
author-add-citation = Add a citation
author-sources-summary = Sources ({ $count })
author-source-legend = Source { $number }
author-publisher-label = Publisher
author-address-label = Address (https://…)
author-add-source = Add a source
author-presets-summary = Presets ({ $count })
author-preset-name = Name of preset { $number }
author-remove-preset = Remove preset { $name }
author-remove = Remove
author-preset-weight = { $preset }, weight of { $criterion }
author-add-preset = Add a preset

# Importing a table.
author-import-heading = Import a table
author-import-help = Paste rows copied from a spreadsheet, CSV, a Markdown table, or a table copied from a web page. The first row names the options (2 to 6); each row after it is a criterion and its scores from 0 to 10, such as 7, or 7 (6-8) where sources disagree. Columns headed Question or Weight fill those in.
author-import-label = Table to import
author-import-problems = { $count ->
    [one] { $count } problem: nothing was imported yet.
   *[other] { $count } problems: nothing was imported yet.
  }
author-import = Import
author-cancel = Cancel

# Publishing.
author-publish = Publish
author-download = Download the file
author-downloaded = Downloaded comparison.json.
author-download-refused = This page may not download files here; copy the text from the editor instead.
author-file-url-label = Where will you publish the file? (optional)
author-file-url-bad = The address must start with https:// or http://.
author-file-url-help = With an address, embeds load the file from there (on another site, it must send Access-Control-Allow-Origin). Without one, the dataset travels inside each snippet and link.
# $what is one of: iframe, element, link.
author-copy-output = { $what ->
    [iframe] Copy the iframe snippet
    [element] Copy the element snippet
   *[link] Copy the link
  }
author-copied-output = { $what ->
    [iframe] Copied the iframe snippet.
    [element] Copied the element snippet.
   *[link] Copied the link.
  }
author-copy-output-refused = { $what ->
    [iframe] Could not copy the iframe snippet: select it and copy by hand.
    [element] Could not copy the element snippet: select it and copy by hand.
   *[link] Could not copy the link: select it and copy by hand.
  }
author-iframe-output = Iframe snippet (any blog)
author-element-output = Custom element snippet
author-link-output = Link that opens it in Versus
author-preparing = Preparing the snippets…

# The embed dialog ("Embed this widget" on a reader's page opens it).
author-embed-heading = Embed this comparison in your site
author-embed-intro = Both snippets start with the weights you have set now. Paste one into your post's HTML.
author-embed-theme = Theme
author-embed-iframe = iframe (works everywhere)
author-embed-link-only = This comparison lives in its link, which only the iframe can carry. For a custom element, Hugo or Jekyll, publish the dataset as a file (the authoring page, author.html, makes every snippet) and open it with ?data=.
author-embed-element = Custom element (no iframe)
author-embed-platforms = Hugo, Jekyll, WordPress and other platforms
author-embed-hugo = Hugo shortcode
author-embed-hugo-help = Copy embed/hugo/versus.html from the Versus repository to layouts/shortcodes/, then:
author-embed-jekyll = Jekyll include
author-embed-jekyll-help = Copy embed/jekyll/versus.html to _includes/, then:
author-embed-oembed = Just the link (WordPress, Ghost and other oEmbed platforms)
author-embed-oembed-help = Paste the address on a line of its own; the platform finds the embed through oEmbed.
author-embed-preview = Preview
author-close = Close
# $what is one of: iframe, element, hugo, jekyll, link.
author-embed-copy = { $what ->
    [iframe] Copy iframe snippet
    [element] Copy custom element snippet
    [hugo] Copy Hugo shortcode
    [jekyll] Copy Jekyll include
   *[link] Copy link for oEmbed
  }
author-embed-snippet-label = { $what ->
    [iframe] iframe snippet
    [element] Custom element snippet
    [hugo] Hugo shortcode
    [jekyll] Jekyll include
   *[link] Link for oEmbed
  }
author-embed-copied = { $what ->
    [iframe] iframe snippet copied to the clipboard.
    [element] custom element snippet copied to the clipboard.
    [hugo] Hugo shortcode copied to the clipboard.
    [jekyll] Jekyll include copied to the clipboard.
   *[link] link copied to the clipboard.
  }
author-embed-copy-refused = { $what ->
    [iframe] The browser did not allow copying: select the iframe snippet and press Ctrl+C (⌘C).
    [element] The browser did not allow copying: select the custom element snippet and press Ctrl+C (⌘C).
    [hugo] The browser did not allow copying: select the Hugo shortcode and press Ctrl+C (⌘C).
    [jekyll] The browser did not allow copying: select the Jekyll include and press Ctrl+C (⌘C).
   *[link] The browser did not allow copying: select the link and press Ctrl+C (⌘C).
  }
# The title an iframe snippet gives the host page's assistive technology.
author-embed-frame-title = { $title } An interactive comparison by Versus
author-grid-keys = Arrow keys move between cells; Enter or typing edits a cell, Enter keeps it, Escape undoes it. A score is 0 to 10, with a range where sources disagree: 7 (6-8).
# The last two of a list: "12 reasons, 12 citations and 1 note".
author-and = { $first } and { $last }
author-embed-preview-frame = Preview of the embedded widget

# Why an edit in the grid could not be made, and what a new item is called.
author-edit-max-criteria = A comparison has at most { $max } criteria.
author-edit-min-criteria = A comparison needs at least { $min ->
    [one] { $min } criterion
   *[other] { $min } criteria
  }.
author-edit-max-options = A comparison has at most { $max } options.
author-edit-min-options = A comparison needs at least { $min } options.
author-edit-range-first = Give the score a range first, such as 7 (6-8): the note says who claims which end.
author-edit-gone = { $what ->
    [option] That option is gone.
    [criterion] That criterion is gone.
    [preset] That preset is gone.
    [citation] That citation is gone.
   *[source] That source is gone.
  }
author-new-name = { $what ->
    [option] Option { $number }
    [criterion] Criterion { $number }
    [preset] Preset { $number }
   *[source] Source { $number }
  }
# A link that carries its dataset.
author-link-too-long = Compressed, this dataset is { $length } characters, more than the { $max } a link can carry reliably: publish the file and give its address.
author-link-long = This link is { $length } characters long. Browsers open it, but some chat and mail apps cut links over { $max } characters; for those, publish the file and share its address.

## Importing a table (the authoring page). $name, $column and $text are
## from the pasted table; the header row is row 1.

table-paste = Paste a table: a header row with the options' names, then a row for each criterion with its name and a score from 0 to { $top } for each option.
table-not-a-table = This does not look like a table: paste rows copied from a spreadsheet, CSV, a Markdown table or an HTML table.
table-too-large = The pasted text is { $kb } KB; the largest table Versus reads is { $max } KB.
table-header-only = The table has only a header row: add a row for each criterion, its name first, then a score for each option.
table-too-many-criteria = The table has { $found } criteria; the most Versus shows is { $max }.
table-too-many-columns = The table has { $found } columns; Versus reads at most { $max }: the criteria, up to { $options } options, and columns such as Question and Weight.
table-no-options = Found no options: each column after the first is an option, named in the header row, with a score from 0 to { $top } in each row.
table-one-option = Found 1 option ("{ $name }"); a comparison needs { $min } to { $max }, one per column after the first.
table-too-many-options = Found { $found } options ({ $names }); Versus compares at most { $max }.
table-column-unnamed = Column { $column } has no option name
# $kind: named ($column is the column's name) or number.
table-column-skipped = Column { $kind ->
    [named] "{ $column }"
   *[number] { $column }
  } was not imported: it holds no scores from 0 to { $top }.
table-same-columns = Columns { $first } and { $second } { $role ->
    [question] both hold the questions
    [weight] both hold the weights
   *[option] are both named "{ $name }"
  }
table-row = Row { $row }
table-row-named = Row { $row } "{ $name }"
table-row-unnamed = Row { $row }: the criterion has no name
table-row-repeats = Row { $row } repeats the criterion "{ $name }" from row { $first }
# $place is table-row or table-row-named.
table-row-too-wide = { $place } has { $cells } cells; the header has { $width }
table-cell = { $place }, column "{ $column }": { $problem }
table-no-score = no score
table-not-a-score = "{ $text }" is not a score from 0 to { $top }
table-range-misses = the range { $low }–{ $high } does not hold the score { $score }
# $kind: number (a number, not whole or not on the scale) or text.
table-not-a-weight = { $kind ->
    [number] { $text }
   *[text] "{ $text }"
  } is not a whole number from 0 to { $top }
# $what is one of the fault-* messages; $field: name, question or other.
table-data-row = Row { $row } "{ $name }": { $field ->
    [name] the name { $what }
    [question] the question { $what }
   *[other] { $what }
  }
table-data-column = Column { $column } "{ $name }": { $field ->
    [name] the name { $what }
    [question] the question { $what }
   *[other] { $what }
  }
table-more = …and { $count } more
# Where a problem is in the JSON text (as data-problem-at places it).
author-problem-place = line { $line }, column { $column }
# An imported table's title (its options, the last two joined) and the preset its Weight column makes.
author-imported-title = { $first } or { $last }?
author-suggested-preset = Suggested priorities
author-suggested-description = The weights given in the imported table.

## The boot script (boot/boot.js), before the app starts or when it cannot

# The build writes these onto each language's pages (not into the app). Last,
# so that no message the app says moves to another place (msg::…): a moved
# place changes the reader's code.
boot-loading = Loading the comparison…
boot-failed = The interactive comparison could not start: a file it needs did not arrive intact. A flaky connection, a proxy or a Wi-Fi login page can cause this.
boot-retry = Try again
boot-retrying = Trying again…
