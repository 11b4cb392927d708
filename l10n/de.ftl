# Versus: German (de). Translated from en.ftl.
# A native speaker's review is welcome: open an issue or a pull request.
#
# Notes on choices:
#   Register: neutral, as usual in German web UIs. Instructions use the
#   infinitive ("Regler verschieben"), not "du"; where the reader has to
#   be addressed ("für Sie höchste Priorität"), it is "Sie".
#   Terminology: verdict = Urteil, score = Bewertung (points = Punkte),
#   criterion = Kriterium, priority = Priorität, weights = Gewichtung,
#   slider = Regler, source = Quelle, evidence = Belege,
#   decision record = Entscheidungsprotokoll, embed = eingebettetes Widget.
#   source-count is built with accusative phrases ("gestützt auf
#   { $sources }"), where feminine "eine Quelle" and "keine Quellen" keep
#   the nominative form; keep it that way if it is used elsewhere.
#   score-item puts the score in parentheses ("Python (7,2)") so that the
#   decimal comma does not blur with the list separator.
#   flip-levels-* carry their own preposition ("ab 7", "bei 5 bis 7"),
#   because flip-at places them directly after the verb.
#   "Ctrl+C" is kept as the source requires; German keyboards label the
#   key "Strg".

## The page

page-title = Versus: Node.js oder Python fürs Backend?
page-description = Gewichten, was für das Projekt zählt, und ein belegtes, begründetes Urteil zu Node.js oder Python erhalten – berechnet direkt im Browser.
page-noscript = Zum Ändern der Prioritäten wird JavaScript benötigt. Unten steht das Urteil für die angezeigten Prioritäten, mit allen Kriterien, Bewertungen und Quellen.
language-label = Sprache
colophon = Versus { $build }. Die Bewertungen sind Einschätzungen, gestützt auf { $sources } und auf jeder Karte belegt; wo sich die Quellen widersprechen, wird die Spanne angezeigt.
# The line under the title when the comparison has no description of its own.
lede = { $disagree ->
    [yes] Für jedes Kriterium festlegen, wie wichtig es für das Projekt ist. Das Urteil wird dabei laufend im Browser neu berechnet, gestützt auf { $sources }, die sich nicht immer einig sind.
   *[no] Für jedes Kriterium festlegen, wie wichtig es für das Projekt ist. Das Urteil wird dabei laufend im Browser neu berechnet, gestützt auf { $sources }.
  }
# How many sources, as prose says it: small counts in words.
# German: used after "gestützt auf" (accusative).
source-count = { $count ->
    [0] keine Quellen
    [1] eine Quelle
    [2] zwei Quellen
    [3] drei Quellen
    [4] vier Quellen
    [5] fünf Quellen
    [6] sechs Quellen
    [7] sieben Quellen
    [8] acht Quellen
    [9] neun Quellen
   *[other] { $count } Quellen
  }
# Two sentences in a row (languages that do not put a space between
# sentences leave it out).
two-sentences = { $first } { $second }
# Separates the items of a list, as in "Python (7,2), Node.js (6,8)".
list-separator = {", "}

## Priorities (the sliders)

criteria-heading = Prioritäten, Kriterium für Kriterium
# A slider's level in words; $band is one of none, low, some, medium, high, top.
level-words = { $band ->
    [none] keine Priorität
    [low] geringe Priorität
    [some] mäßige Priorität
    [medium] mittlere Priorität
    [high] hohe Priorität
   *[top] höchste Priorität
  }
# What a screen reader says for a slider: "8 von 10, hohe Priorität".
level-value = { $level } von { $max }, { $words }
preset-label = Von einem Projekttyp ausgehen
preset-custom = Eigene Gewichtung
reset = Zurücksetzen
sort-label = Kriterien sortieren nach
sort-default = Thema
sort-importance = Wichtigkeit
sort-impact = Einfluss auf das Urteil
view-label = Ansicht
view-cards = Karten mit Belegen
view-compact = Kompakte Zeilen
show-all-criteria = Alle { $count } Kriterien anzeigen
show-leading-criteria = Nur die { $count } mit dem größten Einfluss auf das Urteil anzeigen
no-flip = Allein ändert dieses Kriterium nichts an der Führung.
# $levels is one of the flip-levels-* messages below.
# German: each flip-levels-* message brings its own preposition.
flip-at = { $many ->
    [yes] { $leader } geht { $levels } in Führung
   *[no] { $leader } gewinnt { $levels }
  }
flip-levels-up = ab { $low }
flip-levels-down = bei { $high } oder weniger
flip-levels-one = bei { $low }
flip-levels-range = bei { $low } bis { $high }
# The compact row's button that opens a criterion's evidence.
row-why = Warum?
row-evidence = Die Belege zu { $criterion }

## The verdict

verdict-heading = Urteil
verdict-none = Keine Prioritäten gesetzt
verdict-too-close-equal = Bei gleicher Gewichtung: zu knapp für ein Urteil
verdict-too-close = Zu knapp für ein Urteil
verdict-leads-equal = Bei gleicher Gewichtung liegt { $leader } mit { $margin } { $margin ->
    [one] Punkt
   *[other] Punkten
  } vorn
verdict-leads-rival-equal = Bei gleicher Gewichtung liegt { $leader } mit { $margin } { $margin ->
    [one] Punkt
   *[other] Punkten
  } vor { $runner }
verdict-wins = { $leader } gewinnt mit { $margin } { $margin ->
    [one] Punkt
   *[other] Punkten
  } Vorsprung
verdict-wins-rival = { $leader } gewinnt mit { $margin } { $margin ->
    [one] Punkt
   *[other] Punkten
  } Vorsprung vor { $runner }
verdict-more = Warum – und was das Urteil ändern würde
verdict-flip-label = Was das Urteil ändern würde:
invite-slider = Ohne eigene Gewichtung zählt jedes Kriterium gleich: einfach einen Regler verschieben.
invite-preset = Ohne eigene Gewichtung zählt jedes Kriterium gleich: einen Projekttyp wählen oder einen Regler verschieben.
detail-none = Alle Prioritäten stehen auf 0. Für ein Urteil mindestens einen Regler anheben.
# $scores is a list of score-item, highest first.
detail-scores = Gewichtete Punktzahl von maximal { $max }: { $scores }.
score-item = { $tech } ({ $score })
robust-too-close = Der Abstand liegt unter { $band } Punkten, also innerhalb dessen, was die Uneinigkeit der Quellen verschieben kann.
robust-holds = { $leader } gewinnt auch dann, wenn bei Uneinigkeit der Quellen jeweils die ungünstigste Lesart zählt.
robust-rival = Nicht eindeutig: Bei der ungünstigsten Lesart der strittigen Angaben läge { $rival } um { $margin } vorn.
robust-narrow = Nicht eindeutig: Bei der ungünstigsten Lesart der strittigen Angaben läge { $leader } nur noch um { $margin } vorn.
why-heading = Warum
why-heading-rival = Warum { $leader } vor { $runner }
# $priority is reason-priority or reason-priority-equal.
reason-priority = für Sie { $words }
reason-priority-equal = gewichtet wie jedes andere Kriterium
reason-even = Bei { $criterion } herrscht Gleichstand (je { $score }), { $priority }.
reason-stronger = { $strong } ist bei { $criterion } stärker ({ $high } zu { $low }), { $priority }.
reason-stronger-than = { $strong } ist bei { $criterion } stärker als { $weak } ({ $high } zu { $low }), { $priority }.
reason-stronger-not-enough = { $strong } ist bei { $criterion } stärker ({ $high } zu { $low }), { $priority }, aber nicht genug, um das Ergebnis zu ändern.
reason-stronger-than-not-enough = { $strong } ist bei { $criterion } stärker als { $weak } ({ $high } zu { $low }), { $priority }, aber nicht genug, um das Ergebnis zu ändern.
closest-flip-raise = Wird { $criterion } auf { $level } angehoben, übernimmt { $leader } die Führung.
closest-flip-lower = Wird { $criterion } auf { $level } gesenkt, übernimmt { $leader } die Führung.
chart-caption = Wie jedes Kriterium das Urteil beeinflusst: { $leader } gegen { $runner }, in Punkten Vorsprung
chart-criterion = Kriterium
chart-favours = Spricht für
chart-points = Punkte
chart-show-top = Nur die wichtigsten Kriterien anzeigen

## The evidence on a card

score-out-of-ten = { $score } / 10
score-range = { $score } / 10 (Quellen: { $low }–{ $high })
sources-disagree = Quellen uneinig
sources-who-says-what = wer was sagt
sources-loading = Quellen werden geladen…
sources-unavailable = Die Quellen konnten nicht geladen werden. Bitte die Verbindung prüfen, dann zuklappen und erneut öffnen.
sources-none = Keine Quelle angegeben
sources-count = Quellen ({ $count })
sources-count-corrected = Quellen ({ $count }, davon { $corrected } korrigiert)
# Before a quote or a note about one option: "Zu Python:".
on-tech = Zu { $tech }:
uncited = Zu { $tech }: keine Quelle angegeben.
correction-label = Korrektur:
note-label = Anmerkung:

## Keeping and sharing

share-heading = Speichern oder teilen
embed-widget = Dieses Widget einbetten
copy-link = Link kopieren
copy-markdown = Als Markdown kopieren
download-markdown = .md herunterladen
copied-link = Link in die Zwischenablage kopiert.
copied-record = Entscheidungsprotokoll in die Zwischenablage kopiert.
no-clipboard-link = Der Browser hat das Kopieren nicht erlaubt. Der Link ist unten markiert: zum Kopieren Ctrl+C drücken (auf dem Mac ⌘C).
no-clipboard-record = Der Browser hat das Kopieren nicht erlaubt. Das Entscheidungsprotokoll ist unten markiert: zum Kopieren Ctrl+C drücken (auf dem Mac ⌘C).
no-download-record = Dieses eingebettete Widget darf keine Dateien speichern. Das Entscheidungsprotokoll ist unten markiert: zum Kopieren Ctrl+C drücken (auf dem Mac ⌘C).
record-saved = Entscheidungsprotokoll als versus-decision.md gespeichert.
record-not-saved = Die Datei konnte in diesem Browser nicht gespeichert werden.
link-to-copy = Link zum Kopieren
record-to-copy = Entscheidungsprotokoll zum Kopieren

## Notices

dismiss = Schließen
settings-not-used = Einige Einstellungen dieses eingebetteten Widgets wurden nicht übernommen
link-settings-not-used = Einige Einstellungen in diesem Link wurden nicht übernommen
storage-refused-title = Versus konnte die Prioritäten nicht speichern
storage-refused = Dieser Browser hat das Speichern abgelehnt (möglicherweise ist sein Speicher voll), daher beginnt ein späterer Besuch mit den Standardwerten. Der Link in der Adressleiste enthält die Prioritäten weiterhin: als Lesezeichen speichern oder kopieren, um sie zu behalten.
memory-stale-title = Einige gespeicherte Prioritäten gelten nicht mehr
update-applying = Versus wird aktualisiert… Die Seite wird neu geladen, sobald die neue Version bereit ist.
update-available = Eine neue Version von Versus ist verfügbar.
update-reload = Zum Aktualisieren neu laden

## Loading someone's comparison

# $source is url, link, inline or builtin.
load-pending = { $source ->
    [url] Vergleich wird von { $url } geladen…
    [link] Vergleich wird aus diesem Link geladen…
    [inline] Vergleich wird aus dieser Seite geladen…
   *[builtin] Integrierter Vergleich von Versus wird geladen…
  }
load-failed-from = { $source ->
    [url] Der Vergleich von { $url }:
    [link] Der Vergleich aus diesem Link:
    [inline] Der in diese Seite geschriebene Vergleich:
   *[builtin] Der in Versus integrierte Vergleich:
  }
try-again = Erneut versuchen
open-builtin = Integrierten Vergleich „Node.js oder Python“ öffnen

## Was nicht verwendet, geladen oder ausgeführt werden konnte

setting-too-long = Die Einstellungen sind { $length } Zeichen lang, weit mehr, als Versus schreibt, und wurden daher ignoriert.
setting-value-too-long = { $key } ignoriert: Der Wert ist { $length } Zeichen lang, weit mehr, als ein eingebettetes Widget braucht.
setting-too-many = Nur die ersten { $read } Einstellungen wurden gelesen; { $ignored } weitere wurden ignoriert.
setting-unknown-version = Der Link hat ein Format, das diese Version von Versus nicht kennt („{ $found }“), daher wurden seine Einstellungen ignoriert.
setting-missing-version = Der Link gibt sein Format nicht an; er wurde als { $version } gelesen.
setting-bad-encoding = „{ $part }“ ignoriert: Es ist nicht gültig kodiert.
setting-unknown-key = „{ $key }“ ignoriert: Versus hat keine Einstellung dieses Namens.
setting-bad-value = { $key ->
    [sort] sort=„{ $value }“ ignoriert: erwartet wird default, importance oder impact.
    [theme] theme=„{ $value }“ ignoriert: erwartet wird light, dark oder auto.
    [layout] layout=„{ $value }“ ignoriert: erwartet wird compact oder cards.
    [lang] lang=„{ $value }“ ignoriert: erwartet wird eine Sprache, die Versus spricht: { $languages }.
    [heading] heading=„{ $value }“ ignoriert: erwartet wird eine Überschrift mit 1 bis { $max } sichtbaren Zeichen.
    [criteria] criteria=„{ $value }“ ignoriert: erwartet werden durch Kommas getrennte Kriterien-IDs.
   *[other] { $key }=„{ $value }“ ignoriert: erwartet wird eine ganze Zahl von 0 bis { $max }.
  }
setting-duplicate = „{ $key }“ kommt mehrfach vor; der erste Wert wurde verwendet.
setting-unknown-preset = Voreinstellung „{ $id }“ ignoriert: Es gibt keinen Projekttyp dieses Namens.
problems-more = …und { $count } weitere.
load-failed-title = Die Daten des Vergleichs konnten nicht geladen werden
link-failed-title = Der Vergleich in diesem Link konnte nicht geöffnet werden
data-problems-title = { $count ->
    [one] Die Daten dieses Vergleichs haben einen Fehler
   *[other] Die Daten dieses Vergleichs haben { $count } Fehler
  }
fetch-no-answer = { $address } hat nicht geantwortet. Prüfen Sie die Adresse und Ihre Verbindung; eine Datei auf einer anderen Website muss dieser Seite außerdem das Lesen erlauben (CORS).
fetch-slow-answer = { $address } hat nicht innerhalb von { $seconds } Sekunden geantwortet. Versuchen Sie es erneut oder prüfen Sie Ihre Verbindung.
fetch-slow-file = { $address } hat die Datei nicht innerhalb von { $seconds } Sekunden vollständig gesendet. Versuchen Sie es erneut oder prüfen Sie Ihre Verbindung.
fetch-bad-address = „{ $address }“ ist keine Adresse, die diese Seite abrufen kann.
fetch-refused = { $address } antwortete mit { $status } { $reason }.
fetch-interrupted = Das Lesen von { $address } wurde unterbrochen.
fetch-empty = Die Datei ist leer.
fetch-not-text = Die Datei ist kein UTF-8-Text.
fetch-too-large = Nicht gelesen: Die Datei ist größer als { $max } KB, der größte Datensatz, den Versus liest.
address-too-long = Die Adresse ist { $length } Zeichen lang, mehr als die { $max }, die Versus liest: Veröffentlichen Sie die Datei unter einer kürzeren Adresse.
link-damaged = Die Daten im Link sind beschädigt oder abgeschnitten: Bitten Sie erneut um den Link oder um die Datei.
link-too-long = Die Daten im Link sind { $length } Zeichen lang, mehr als die { $max }, die ein Link tragen kann: Bitten Sie stattdessen um die Datei.
link-no-decompression = Dieser Browser kann Links nicht entpacken; öffnen Sie ihn in einem aktuellen Browser.

## Fehler in einem Datensatz, wie die Bearbeitungsseite sie auflistet und ein
## Hinweis für Leser sie anzeigt. $path ist die Schreibweise des Formats
## (criteria[2].scores[0].value), ebenso die Feldnamen in `Backticks`: beide
## bleiben unverändert. Zahlen aus der Datei ($number, $low, $high, $score)
## stehen so, wie sie geschrieben wurden.

data-problem-in = { $path }: { $problem }
data-problem-at = Zeile { $line }, Spalte { $column }: { $problem }
fault-too-large = Die Datei ist { $kb } KB groß; Versus liest Datensätze bis höchstens { $max } KB
fault-not-json = kein gültiges JSON: { $problem }
fault-mismatch = { $expected ->
    [object] Objekt
    [text] Text
    [number] Zahl
    [level] ganze Zahl
    [list] Liste
    [version] Zahl 1
    [range] zwei Zahlen als [Minimum, Maximum]
   *[weights] Objekt aus Kriterien-IDs und Gewichtungen
  } erwartet, { $found ->
    [null] null
    [boolean] true oder false
    [number] Zahl
    [text] Text
    [list] Liste
   *[object] Objekt
  } gefunden
fault-unknown-field = unbekanntes Feld `{ $field }`; zulässig sind: { $known }
fault-missing-field = Feld `{ $field }` fehlt
fault-not-a-level = { $number } ist keine ganze Zahl von 0 bis { $max }
fault-other-version = Diese Datei nutzt eine andere Version des Formats; diese Version von Versus liest Formatversion { $version }
fault-not-a-language-tag = „{ $text }“ ist kein Sprachcode; gültig ist etwa "en", "de" oder "pt-BR"
fault-id-and-file = entweder `id` oder `file` angeben, nicht beides
fault-empty-list = ist leer; mindestens ein Eintrag ist nötig
fault-too-few = braucht mindestens { $min } { $list ->
    [technologies] { $min ->
        [one] Technologie
       *[other] Technologien
    }
   *[criteria] { $min ->
        [one] Kriterium
       *[other] Kriterien
    }
  }, enthält aber { $found }
fault-too-many = enthält { $found } { $list ->
    [technologies] Technologien
    [criteria] Kriterien
    [sources] Quellen
    [presets] Projekttypen
   *[corrections] Korrekturen
  }; Versus zeigt höchstens { $max }
fault-above-top = { $number } ist größer als { $max }
fault-below-zero = { $number } ist kleiner als 0
fault-blank = darf nicht leer sein
fault-blank-claim = Angaben dürfen nicht leer sein
fault-too-long = ist länger als { $max } Zeichen
fault-id-characters = `{ $id }` darf nur Buchstaben, Ziffern, `_`, `-` und `.` enthalten
fault-used-earlier = `{ $text }` wird bereits von einem früheren Eintrag verwendet
fault-reads-like-earlier = `{ $name }` liest sich genauso wie der Name eines früheren Eintrags: Unsichtbare Zeichen und Abstände machen keinen Unterschied
fault-reserved-id = `{ $id }` ist für Links zum Teilen reserviert; eine andere ID wählen
fault-not-a-web-address = muss eine Webadresse sein, die mit https:// oder http:// beginnt
fault-not-in-list = `{ $id }` { $list ->
    [technologies] ist keine der Technologien
    [criteria] ist keines der Kriterien
    [sources] steht nicht in der Liste der Quellen
   *[corrections] steht nicht in der Liste der Korrekturen
  }
fault-scored-twice = `{ $id }` wird in diesem Kriterium zweimal bewertet
fault-no-score-for = hat keine Bewertung für `{ $id }`
fault-bad-range = Die Spanne [{ $low }, { $high }] muss die Bewertung { $score } enthalten und zwischen 0 und { $max } liegen
fault-contested-without-range = Eine `contested`-Anmerkung braucht die Spanne der Bewertungen, die die Quellen stützen
fault-too-many-citations = hat { $found } Quellenangaben; erlaubt sind höchstens { $max }
fault-quote-too-long = hat { $words } Wörter; höchstens { $max } zitieren
fault-recommendation-uncited = Empfehlungen brauchen mindestens eine Quellenangabe
fault-unscored = Für eine Technologie fehlt bei einem Kriterium die Bewertung

## Warum ein Text kein JSON ist. $found ist eine der json-found-*-Meldungen;
## $key ist ein Feldname aus der Datei.

json-expected = { $expected ->
    [value] Wert
    [comma-or-bracket] `,` oder `]`
    [comma-or-brace] `,` oder `{ "}" }`
    [field-name] Feldname in doppelten Anführungszeichen
    [digit] Ziffer
    [digit-after-point] Ziffer nach `.`
   *[exponent-digit] Ziffer im Exponenten
  } erwartet, aber { $found }
json-expected-colon = `:` nach `"{ $key }"` erwartet, aber { $found }
json-found-end = der Text endet
json-found-char = `{ $char }` gefunden
json-found-control = Steuerzeichen { $code } gefunden
json-text-after-end = unerwarteter Text nach dem Ende des Dokuments
json-too-deep = mehr als { $max } Ebenen tief verschachtelt
json-list-ends-with-comma = Listen dürfen nicht mit einem Komma enden
json-object-ends-with-comma = Objekte dürfen nicht mit einem Komma enden
json-duplicate-field = Feld `{ $key }` kommt im selben Objekt zweimal vor
json-leading-zero = Zahlen dürfen nicht mit 0 beginnen (7 schreiben, nicht 07)
json-number-too-large = Diese Zahl ist zu groß
json-unescaped-control = Zeilenumbrüche und Steuerzeichen in Text müssen als Escape-Sequenz geschrieben werden (`\n`)
json-unclosed-text = Dieser Text wird nie mit `"` geschlossen
json-unknown-escape = unbekannte Escape-Sequenz nach `\` ({ $found })
json-short-unicode-escape = `\u` braucht vier Hexadezimalziffern
json-unpaired-surrogate = Auf ein hohes Surrogat `\u` muss ein niedriges folgen
json-lone-surrogate = `\u` bezeichnet kein Zeichen (ein einzelnes Surrogat)

crash-notice = Etwas ist schiefgegangen, und Versus wurde angehalten. Neu laden hilft meistens.
crash-reload = Neu laden
provenance = { $source ->
    [link] Dieser Vergleich stammt aus diesem Link: Versus berechnet das Urteil, hat die Bewertungen aber weder verfasst noch geprüft.
    [page] Dieser Vergleich stammt von dieser Seite: Versus berechnet das Urteil, hat die Bewertungen aber weder verfasst noch geprüft.
   *[url] Dieser Vergleich stammt von { $url }: Versus berechnet das Urteil, hat die Bewertungen aber weder verfasst noch geprüft.
  }
# Added after provenance when the widget shows a copy saved offline.
# German: $age is placed as "die vor 3 Tagen gespeicherte Kopie".
provenance-saved = Der Server hat nicht geantwortet, daher wird die { $age } gespeicherte Kopie angezeigt.
age-just-now = gerade eben
age-minutes = { $count ->
    [one] vor { $count } Minute
   *[other] vor { $count } Minuten
  }
age-hours = { $count ->
    [one] vor { $count } Stunde
   *[other] vor { $count } Stunden
  }
age-days = { $count ->
    [one] vor { $count } Tag
   *[other] vor { $count } Tagen
  }

## The decision record (Markdown, from "Copy as Markdown" and "Download .md")

record-title = Entscheidungsprotokoll: { $title }
record-date = Datum: { $date }
record-status = Status: vorgeschlagen
record-made-with = Erstellt mit: Versus ({ $link })
record-context = Kontext
record-context-intro = Wir haben jedes Kriterium von 0 (unerheblich) bis 10 (entscheidend) gewichtet. Unsere wichtigsten Prioritäten:
record-no-priorities = keine: alle Gewichtungen stehen auf 0
record-priority = { $criterion }: { $level }/10 ({ $words })
record-decision = Entscheidung
# The verdict's headline, then the sentence that puts it in context.
record-decision-line = { $headline }. { $detail }
record-reasons = Gründe
record-caveats = Vorbehalte
record-no-caveats = Keines unserer gewichteten Kriterien beruht auf Angaben, die zwischen den Quellen strittig sind.
record-caveat = { $criterion } ({ $tech }, Gewichtung { $level }): { $note }
record-sources = Quellen
record-source = { $publisher }, „{ $title }“ ({ $place })
