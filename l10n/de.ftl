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
boot-loading = Vergleich wird geladen…
boot-failed = Der interaktive Vergleich konnte nicht starten: Eine benötigte Datei ist nicht vollständig angekommen. Das kann an einer wackligen Verbindung, einem Proxy oder einer WLAN-Anmeldeseite liegen.
boot-retry = Erneut versuchen
boot-retrying = Neuer Versuch…
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
# The question of a criterion whose dataset gives none.
criterion-default-question = Wie wichtig ist { $name } für das Projekt?

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

## Die Bearbeitungsseite (author.html). Die Seite für Leser und ihre
## Katalogdatei lassen diese Meldungen weg (core/build.rs); die
## Bearbeitungsseite lädt sie nach. Feldnamen des Formats in `Backticks`
## und Dateinamen bleiben unverändert.

author-title = Eigenen Vergleich erstellen
author-lede = Beliebige Optionen, beliebige Kriterien: eine Tabelle einfügen oder das Raster ausfüllen, beheben, was die Prüfung findet, und das Ergebnis als Datei, eingebettetes Widget oder Link veröffentlichen. Alles bleibt in diesem Browser.
author-format-link = Das Datensatzformat
author-schema-link = JSON Schema
author-back-link = Zurück zu Node.js oder Python
author-dataset-heading = Datensatz
author-import-table = Tabelle importieren
author-start-template = Mit der Vorlage beginnen
author-duplicate-builtin = Integrierten Vergleich duplizieren
author-edit-as = Bearbeiten als
author-view-grid = Raster
author-view-json = JSON
author-undo = Rückgängig
author-redo = Wiederholen
author-builtin-failed = Der integrierte Vergleich konnte nicht geladen werden, daher bleibt Ihr Entwurf unverändert. { $why }
author-other-tab = Dieser Entwurf wurde in einem anderen Tab geändert. Dieser Tab speichert nicht mehr, damit keiner den anderen überschreibt: Wählen Sie, welcher Entwurf bleiben soll.
author-keep-mine = Entwurf dieses Tabs behalten
author-take-theirs = Entwurf des anderen Tabs verwenden
author-not-stored = Dieser Browser hat das Speichern Ihres Entwurfs abgelehnt, daher geht er beim Verlassen der Seite verloren: Laden Sie ihn herunter, um ihn zu behalten.
author-json-label = JSON des Datensatzes
author-preview-heading = Vorschau
author-preview-last-good = Angezeigt wird die letzte Version ohne Fehler.
author-replace = Ihren Entwurf ersetzen? „Rückgängig“ stellt ihn wieder her.
author-replace-with-table = Ihren Entwurf durch die importierte Tabelle ersetzen? „Rückgängig“ stellt ihn wieder her.
# $format is one of author-table-format's keys.
author-imported = { $criteria ->
    [one] { $criteria } Kriterium
   *[other] { $criteria } Kriterien
  } und { $options } Optionen aus { $format ->
    [markdown] einer Markdown-Tabelle
    [html] einer HTML-Tabelle
    [csv] CSV-Daten
   *[tsv] tabulatorgetrennten Zeilen
  } importiert. „Rückgängig“ stellt den vorherigen Entwurf wieder her.
author-problems = { $count ->
    [0] Keine Fehler: Dieser Datensatz ist bereit zur Veröffentlichung.
    [one] { $count } Fehler
   *[other] { $count } Fehler
  }
author-problems-more = …und { $count } weitere: zuerst diese beheben, dann rückt die Liste nach.
author-still-to-write = Noch zu schreiben: { $items }. Das Widget funktioniert auch ohne; Leser sehen, welche Bewertungen keine Quelle angeben.
author-reasons = { $count ->
    [one] { $count } Begründung
   *[other] { $count } Begründungen
  }
author-citations = { $count ->
    [one] { $count } Quellenangabe
   *[other] { $count } Quellenangaben
  }
author-notes = { $count ->
    [one] { $count } Anmerkung dazu, wer was sagt
   *[other] { $count } Anmerkungen dazu, wer was sagt
  }

# The grid and the panel beside it.
author-grid-needs-json = Das Raster zeigt einen Entwurf, sobald sein JSON lesbar ist: die Fehler unten in der JSON-Ansicht beheben.
author-show-json = JSON anzeigen
author-copied-table = { $format ->
    [markdown] Tabelle als Markdown-Tabelle kopiert.
   *[tsv] Tabelle als TSV kopiert.
  }
author-copy-refused-table = Dieser Browser hat der Seite das Kopieren nicht erlaubt: Die Tabelle steht unten, bitte markieren und kopieren.
author-title-label = Titel
author-description-label = Beschreibung (optional)
author-add-option = Option hinzufügen
author-add-criterion = Kriterium hinzufügen
author-copy-markdown = Als Markdown-Tabelle kopieren
author-copy-tsv = Als TSV kopieren
author-table-by-hand = Die Tabelle zum Kopieren von Hand
author-grid-label = Bewertungen: Kriterien in Zeilen, Optionen in Spalten
author-grid-corner = Kriterium
author-option-name = Name der Option { $number }
author-criterion-name = Name des Kriteriums { $number }
author-score-of = { $option } bei { $criterion }
author-cell-panel = Die Zelle im Fokus
author-cell-hint = Zu einer Zelle wechseln, um zu sehen und zu bearbeiten, was zu ihr gehört.
author-option-heading = Option: { $name }
author-criterion-heading = Kriterium: { $name }
author-move-left = Nach links
author-move-right = Nach rechts
author-remove-option = Diese Option entfernen
author-question-label = Frage, die Leser mit dem Regler beantworten
author-move-up = Nach oben
author-move-down = Nach unten
author-remove-criterion = Dieses Kriterium entfernen
author-rationale-label = Warum diese Bewertung
author-contested-label = Wo sich die Quellen widersprechen: wer was sagt
author-range-hint = Wenn sich die Quellen widersprechen, der Bewertung in ihrer Zelle eine Spanne geben, etwa 7 (6-8), und dann hier festhalten, wer was sagt.
author-citations-heading = Quellenangaben
author-no-citation = Noch keine Quelle angegeben: Leser sehen, dass diese Bewertung keine Quelle nennt.
author-citation-legend = Quellenangabe { $number }
author-source-label = Quelle
author-quote-label = Zitat, wörtlich
author-remove-citation = Diese Quellenangabe entfernen
author-add-citation = Quellenangabe hinzufügen
author-sources-summary = Quellen ({ $count })
author-source-legend = Quelle { $number }
author-publisher-label = Herausgeber
author-address-label = Adresse (https://…)
author-add-source = Quelle hinzufügen
author-presets-summary = Projekttypen ({ $count })
author-preset-name = Name des Projekttyps { $number }
author-remove-preset = Projekttyp „{ $name }“ entfernen
author-remove = Entfernen
author-preset-weight = { $preset }, Gewichtung von { $criterion }
author-add-preset = Projekttyp hinzufügen

# Importing a table.
author-import-heading = Tabelle importieren
author-import-help = Zeilen aus einer Tabellenkalkulation, CSV, eine Markdown-Tabelle oder eine von einer Webseite kopierte Tabelle einfügen. Die erste Zeile nennt die Optionen (2 bis 6); jede weitere Zeile ist ein Kriterium mit seinen Bewertungen von 0 bis 10, etwa 7 oder, wo sich die Quellen widersprechen, 7 (6-8). Spalten mit der Überschrift „Question“ oder „Weight“ liefern die Frage bzw. die Gewichtung.
author-import-label = Zu importierende Tabelle
author-import-problems = { $count ->
    [one] { $count } Fehler: Es wurde noch nichts importiert.
   *[other] { $count } Fehler: Es wurde noch nichts importiert.
  }
author-import = Importieren
author-cancel = Abbrechen

# Publishing.
author-publish = Veröffentlichen
author-download = Datei herunterladen
author-downloaded = comparison.json heruntergeladen.
author-download-refused = Diese Seite darf hier keine Dateien herunterladen; stattdessen den Text aus dem Editor kopieren.
author-file-url-label = Wo werden Sie die Datei veröffentlichen? (optional)
author-file-url-bad = Die Adresse muss mit https:// oder http:// beginnen.
author-file-url-help = Mit einer Adresse laden eingebettete Widgets die Datei von dort (liegt sie auf einer anderen Website, muss diese Access-Control-Allow-Origin senden). Ohne Adresse steckt der Datensatz in jedem Einbettungscode und jedem Link.
# $what is one of: iframe, element, link.
author-copy-output = { $what ->
    [iframe] iframe-Code kopieren
    [element] Element-Code kopieren
   *[link] Link kopieren
  }
author-copied-output = { $what ->
    [iframe] iframe-Code kopiert.
    [element] Element-Code kopiert.
   *[link] Link kopiert.
  }
author-copy-output-refused = { $what ->
    [iframe] Der iframe-Code konnte nicht kopiert werden: markieren und von Hand kopieren.
    [element] Der Element-Code konnte nicht kopiert werden: markieren und von Hand kopieren.
   *[link] Der Link konnte nicht kopiert werden: markieren und von Hand kopieren.
  }
author-iframe-output = iframe-Code (für jeden Blog)
author-element-output = Custom-Element-Code
author-link-output = Link, der den Vergleich in Versus öffnet
author-preparing = Einbettungscode wird vorbereitet…

# The embed dialog ("Embed this widget" on a reader's page opens it).
author-embed-heading = Diesen Vergleich in Ihre Website einbetten
author-embed-intro = Beide Einbettungscodes übernehmen die Gewichtung, die gerade eingestellt ist. Einen davon in das HTML Ihres Beitrags einfügen.
author-embed-theme = Farbschema
author-embed-iframe = iframe (funktioniert überall)
author-embed-link-only = Dieser Vergleich steckt in seinem Link, und den kann nur das iframe mitnehmen. Für ein Custom Element, Hugo oder Jekyll den Datensatz als Datei veröffentlichen (die Bearbeitungsseite author.html erstellt jeden Einbettungscode) und mit ?data= öffnen.
author-embed-element = Custom Element (ohne iframe)
author-embed-platforms = Hugo, Jekyll, WordPress und andere Plattformen
author-embed-hugo = Hugo-Shortcode
author-embed-hugo-help = embed/hugo/versus.html aus dem Versus-Repository nach layouts/shortcodes/ kopieren, dann:
author-embed-jekyll = Jekyll-Include
author-embed-jekyll-help = embed/jekyll/versus.html nach _includes/ kopieren, dann:
author-embed-oembed = Nur der Link (WordPress, Ghost und andere Plattformen mit oEmbed)
author-embed-oembed-help = Die Adresse in eine eigene Zeile einfügen; die Plattform findet das eingebettete Widget über oEmbed.
author-embed-preview = Vorschau
author-close = Schließen
# $what is one of: iframe, element, hugo, jekyll, link.
author-embed-copy = { $what ->
    [iframe] iframe-Code kopieren
    [element] Custom-Element-Code kopieren
    [hugo] Hugo-Shortcode kopieren
    [jekyll] Jekyll-Include kopieren
   *[link] Link für oEmbed kopieren
  }
author-embed-snippet-label = { $what ->
    [iframe] iframe-Code
    [element] Custom-Element-Code
    [hugo] Hugo-Shortcode
    [jekyll] Jekyll-Include
   *[link] Link für oEmbed
  }
author-embed-copied = { $what ->
    [iframe] iframe-Code in die Zwischenablage kopiert.
    [element] Custom-Element-Code in die Zwischenablage kopiert.
    [hugo] Hugo-Shortcode in die Zwischenablage kopiert.
    [jekyll] Jekyll-Include in die Zwischenablage kopiert.
   *[link] Link in die Zwischenablage kopiert.
  }
author-embed-copy-refused = { $what ->
    [iframe] Der Browser hat das Kopieren nicht erlaubt: den iframe-Code markieren und Ctrl+C (⌘C) drücken.
    [element] Der Browser hat das Kopieren nicht erlaubt: den Custom-Element-Code markieren und Ctrl+C (⌘C) drücken.
    [hugo] Der Browser hat das Kopieren nicht erlaubt: den Hugo-Shortcode markieren und Ctrl+C (⌘C) drücken.
    [jekyll] Der Browser hat das Kopieren nicht erlaubt: das Jekyll-Include markieren und Ctrl+C (⌘C) drücken.
   *[link] Der Browser hat das Kopieren nicht erlaubt: den Link markieren und Ctrl+C (⌘C) drücken.
  }
# The title an iframe snippet gives the host page's assistive technology.
author-embed-frame-title = { $title } Ein interaktiver Vergleich von Versus
author-grid-keys = Mit den Pfeiltasten zwischen Zellen wechseln; Enter oder einfach Tippen bearbeitet eine Zelle, Enter übernimmt die Eingabe, Esc verwirft sie. Eine Bewertung reicht von 0 bis 10, mit einer Spanne, wo sich die Quellen widersprechen: 7 (6-8).
# The last two of a list: "12 Begründungen, 12 Quellenangaben und 1 Anmerkung".
author-and = { $first } und { $last }
author-embed-preview-frame = Vorschau des eingebetteten Widgets
# Where a problem is in the JSON text (as data-problem-at places it).
author-problem-place = Zeile { $line }, Spalte { $column }

# Why an edit in the grid could not be made, and what a new item is called.
author-edit-max-criteria = Ein Vergleich hat höchstens { $max } Kriterien.
author-edit-min-criteria = Ein Vergleich braucht mindestens { $min ->
    [one] { $min } Kriterium
   *[other] { $min } Kriterien
  }.
author-edit-max-options = Ein Vergleich hat höchstens { $max } Optionen.
author-edit-min-options = Ein Vergleich braucht mindestens { $min } Optionen.
author-edit-range-first = Zuerst der Bewertung eine Spanne geben, etwa 7 (6-8): Die Anmerkung sagt, wer welches Ende vertritt.
author-edit-gone = { $what ->
    [option] Diese Option gibt es nicht mehr.
    [criterion] Dieses Kriterium gibt es nicht mehr.
    [preset] Diesen Projekttyp gibt es nicht mehr.
    [citation] Diese Quellenangabe gibt es nicht mehr.
   *[source] Diese Quelle gibt es nicht mehr.
  }
author-new-name = { $what ->
    [option] Option { $number }
    [criterion] Kriterium { $number }
    [preset] Projekttyp { $number }
   *[source] Quelle { $number }
  }
# A link that carries its dataset.
author-link-too-long = Komprimiert ist dieser Datensatz { $length } Zeichen lang, mehr als die { $max }, die ein Link zuverlässig tragen kann: Veröffentlichen Sie die Datei und geben Sie ihre Adresse an.
author-link-long = Dieser Link ist { $length } Zeichen lang. Browser öffnen ihn, aber manche Chat- und Mail-Apps schneiden Links mit mehr als { $max } Zeichen ab; für diese besser die Datei veröffentlichen und ihre Adresse teilen.

## Eine Tabelle importieren (die Bearbeitungsseite). $name, $column und $text
## stammen aus der eingefügten Tabelle; die Kopfzeile ist Zeile 1.

table-paste = Eine Tabelle einfügen: eine Kopfzeile mit den Namen der Optionen, dann eine Zeile je Kriterium mit seinem Namen und einer Bewertung von 0 bis { $top } für jede Option.
table-not-a-table = Das sieht nicht nach einer Tabelle aus: Zeilen aus einer Tabellenkalkulation, CSV, eine Markdown-Tabelle oder eine HTML-Tabelle einfügen.
table-too-large = Der eingefügte Text ist { $kb } KB groß; Versus liest Tabellen bis höchstens { $max } KB.
table-header-only = Die Tabelle hat nur eine Kopfzeile: für jedes Kriterium eine Zeile hinzufügen, zuerst seinen Namen, dann eine Bewertung für jede Option.
table-too-many-criteria = Die Tabelle hat { $found } Kriterien; Versus zeigt höchstens { $max }.
table-too-many-columns = Die Tabelle hat { $found } Spalten; Versus liest höchstens { $max }: die Kriterien, bis zu { $options } Optionen und Spalten wie „Question“ und „Weight“.
table-no-options = Keine Optionen gefunden: Jede Spalte nach der ersten ist eine Option, in der Kopfzeile benannt, mit einer Bewertung von 0 bis { $top } in jeder Zeile.
table-one-option = Nur 1 Option gefunden („{ $name }“); ein Vergleich braucht { $min } bis { $max }, eine pro Spalte nach der ersten.
table-too-many-options = { $found } Optionen gefunden ({ $names }); Versus vergleicht höchstens { $max }.
table-column-unnamed = Spalte { $column } hat keinen Optionsnamen
# $kind: named ($column is the column's name) or number.
table-column-skipped = Spalte { $kind ->
    [named] „{ $column }“
   *[number] { $column }
  } wurde nicht importiert: Sie enthält keine Bewertungen von 0 bis { $top }.
table-same-columns = Die Spalten { $first } und { $second } { $role ->
    [question] enthalten beide die Fragen
    [weight] enthalten beide die Gewichtungen
   *[option] heißen beide „{ $name }“
  }
table-row = Zeile { $row }
table-row-named = Zeile { $row } „{ $name }“
table-row-unnamed = Zeile { $row }: Das Kriterium hat keinen Namen
table-row-repeats = Zeile { $row } wiederholt das Kriterium „{ $name }“ aus Zeile { $first }
# $place is table-row or table-row-named.
table-row-too-wide = { $place } hat { $cells } Zellen; die Kopfzeile hat { $width }
table-cell = { $place }, Spalte „{ $column }“: { $problem }
table-no-score = keine Bewertung
table-not-a-score = „{ $text }“ ist keine Bewertung von 0 bis { $top }
table-range-misses = Die Spanne { $low }–{ $high } enthält die Bewertung { $score } nicht
# $kind: number (a number, not whole or not on the scale) or text.
table-not-a-weight = { $kind ->
    [number] { $text }
   *[text] „{ $text }“
  } ist keine ganze Zahl von 0 bis { $top }
# $what is one of the fault-* messages; $field: name, question or other.
# German: the fault-* messages start with the verb ("darf nicht leer sein").
table-data-row = Zeile { $row } „{ $name }“: { $field ->
    [name] Der Name { $what }
    [question] Die Frage { $what }
   *[other] { $what }
  }
table-data-column = Spalte { $column } „{ $name }“: { $field ->
    [name] Der Name { $what }
    [question] Die Frage { $what }
   *[other] { $what }
  }
table-more = …und { $count } weitere
# An imported table's title (its options, the last two joined) and the preset its Weight column makes.
author-imported-title = { $first } oder { $last }?
author-suggested-preset = Vorgeschlagene Prioritäten
author-suggested-description = Die Gewichtungen aus der importierten Tabelle.
