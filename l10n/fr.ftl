# Versus: French (fr). Translated from en.ftl.
# A native speaker's review is welcome: open an issue or a pull request.
#
# Notes on choices:
#   The reader is addressed with "vous".
#   Typography: a narrow no-break space (U+202F) before ; ? ! and a
#   no-break space (U+00A0) before : and inside « ».
#   Terminology: score = « note » (so the "Note:" label is « Remarque : »),
#   evidence = « sources », card = « fiche », slider = « curseur »,
#   embed = « intégration », decision record = « compte rendu de décision »,
#   the leader = « l'option en tête ».
#   Criterion names come from the dataset without an article, so inside
#   sentences they are quoted with « » (« Performance ») rather than given a
#   French article that might not agree.
#   $sources (source-count) is always placed after "sur", never after "de",
#   so that "une source" / "aucune source" never needs elision (d'une).
#   The flip-levels-* messages carry their own preposition (« à 6 ou plus »,
#   « entre 3 et 7 »), because flip-at places them right after the verb.
#   score-item puts the score in parentheses: with decimal commas,
#   "Python 7,2, Node.js 6,8" would be hard to read.
#   Plurals: French "one" covers 0 and 1 (and 1,5): « 0 point », « 1,5 point ».
#   "many" (1 000 000) shares the wording of "other".

## The page

page-title = Versus : Node.js ou Python pour votre backend ?
page-description = Pondérez ce qui compte pour votre projet et obtenez un verdict sourcé et argumenté entre Node.js et Python, calculé dans votre navigateur.
page-noscript = Modifier les priorités nécessite JavaScript. Voici le verdict pour les priorités affichées, avec chaque critère, chaque note et chaque source.
boot-loading = Chargement de la comparaison…
boot-failed = La comparaison interactive n’a pas pu démarrer : un fichier nécessaire n’est pas arrivé intact. Une connexion instable, un proxy ou une page de connexion Wi-Fi peut en être la cause.
boot-retry = Réessayer
boot-retrying = Nouvel essai…
language-label = Langue
colophon = Versus { $build }. Les notes sont des appréciations fondées sur { $sources } ; chaque fiche cite les siennes et, en cas de désaccord, indique la fourchette.
# The line under the title when the comparison has no description of its own.
lede = { $disagree ->
    [yes] Indiquez l'importance de chaque critère pour votre projet. Le verdict est recalculé dans votre navigateur au fur et à mesure, en s'appuyant sur { $sources } qui ne sont pas toujours d'accord.
   *[no] Indiquez l'importance de chaque critère pour votre projet. Le verdict est recalculé dans votre navigateur au fur et à mesure, en s'appuyant sur { $sources }.
  }
# How many sources, as prose says it: small counts in words.
# Always placed after "sur" (see the header), so no elision is needed.
source-count = { $count ->
    [0] aucune source
    [1] une source
    [2] deux sources
    [3] trois sources
    [4] quatre sources
    [5] cinq sources
    [6] six sources
    [7] sept sources
    [8] huit sources
    [9] neuf sources
   *[other] { $count } sources
  }
# Two sentences in a row (languages that do not put a space between
# sentences leave it out).
two-sentences = { $first } { $second }
# Separates the items of a list, as in "Python (7,2), Node.js (6,8)".
list-separator = {", "}

## Priorities (the sliders)

criteria-heading = Vos priorités, critère par critère
# A slider's level in words; $band is one of none, low, some, medium, high, top.
level-words = { $band ->
    [none] pas prioritaire
    [low] priorité faible
    [some] priorité modérée
    [medium] priorité moyenne
    [high] priorité élevée
   *[top] priorité absolue
  }
# What a screen reader says for a slider: "8 sur 10, priorité élevée".
level-value = { $level } sur { $max }, { $words }
preset-label = Partir d'un type de projet
preset-custom = Vos propres pondérations
reset = Réinitialiser
sort-label = Trier les critères par
sort-default = Thème
sort-importance = Importance pour vous
sort-impact = Effet sur le verdict
view-label = Affichage
view-cards = Fiches avec sources
view-compact = Lignes compactes
show-all-criteria = Afficher les { $count } critères
show-leading-criteria = { $count ->
    [one] N'afficher que le critère qui pèse le plus sur le verdict
   *[other] N'afficher que les { $count } critères qui pèsent le plus sur le verdict
  }
no-flip = À lui seul, ce critère ne peut pas changer l'option en tête.
# $levels is one of the flip-levels-* messages below; they include their
# preposition ("à 6 ou plus", "entre 3 et 7").
flip-at = { $many ->
    [yes] { $leader } passe en tête { $levels }
   *[no] { $leader } l'emporte { $levels }
  }
flip-levels-up = à { $low } ou plus
flip-levels-down = à { $high } ou moins
flip-levels-one = à { $low }
flip-levels-range = entre { $low } et { $high }
# The compact row's button that opens a criterion's evidence.
row-why = Pourquoi
row-evidence = Ce que disent les sources sur « { $criterion } »

## The verdict

verdict-heading = Verdict
verdict-none = Aucune priorité définie
verdict-too-close-equal = À poids égaux : trop serré pour trancher
verdict-too-close = Trop serré pour trancher
verdict-leads-equal = À poids égaux, { $leader } mène de { $margin } { $margin ->
    [one] point
    [many] points
   *[other] points
  }
verdict-leads-rival-equal = À poids égaux, { $leader } devance { $runner } de { $margin } { $margin ->
    [one] point
    [many] points
   *[other] points
  }
verdict-wins = { $leader } l'emporte de { $margin } { $margin ->
    [one] point
    [many] points
   *[other] points
  }
verdict-wins-rival = { $leader } l'emporte de { $margin } { $margin ->
    [one] point
    [many] points
   *[other] points
  } sur { $runner }
verdict-more = Pourquoi, et ce qui pourrait le faire basculer
verdict-flip-label = Ce qui le ferait basculer :
invite-slider = Tant que vous n'avez pas dit ce qui compte, tous les critères pèsent autant : déplacez un curseur.
invite-preset = Tant que vous n'avez pas dit ce qui compte, tous les critères pèsent autant : choisissez un type de projet ou déplacez un curseur.
detail-none = Toutes les priorités sont à 0. Montez au moins un curseur pour obtenir un verdict.
# $scores is a list of score-item, highest first.
detail-scores = Notes pondérées sur { $max } : { $scores }.
score-item = { $tech } ({ $score })
robust-too-close = L'écart est inférieur à { $band } { $band ->
    [one] point
    [many] points
   *[other] points
  } : il reste dans la marge de désaccord entre les sources.
robust-holds = { $leader } l'emporte toujours là où les sources divergent, même selon la lecture qui lui est la moins favorable.
robust-rival = Rien n'est joué : selon la lecture la moins favorable des affirmations contestées, { $rival } mènerait de { $margin } { $margin ->
    [one] point
    [many] points
   *[other] points
  }.
robust-narrow = Rien n'est joué : selon la lecture la moins favorable des affirmations contestées, { $leader } ne mènerait que de { $margin } { $margin ->
    [one] point
    [many] points
   *[other] points
  }.
why-heading = Pourquoi
why-heading-rival = Pourquoi { $leader } plutôt que { $runner }
# $priority is reason-priority or reason-priority-equal.
reason-priority = { $words } pour vous
reason-priority-equal = même poids que les autres critères
reason-even = Égalité sur « { $criterion } » ({ $score } chacun), { $priority }.
reason-stronger = { $strong } fait mieux sur « { $criterion } » ({ $high } contre { $low }), { $priority }.
reason-stronger-than = { $strong } fait mieux que { $weak } sur « { $criterion } » ({ $high } contre { $low }), { $priority }.
reason-stronger-not-enough = { $strong } fait mieux sur « { $criterion } » ({ $high } contre { $low }), { $priority }, mais pas assez pour changer le résultat.
reason-stronger-than-not-enough = { $strong } fait mieux que { $weak } sur « { $criterion } » ({ $high } contre { $low }), { $priority }, mais pas assez pour changer le résultat.
closest-flip-raise = Monter « { $criterion } » à { $level } mettrait { $leader } en tête.
closest-flip-lower = Baisser « { $criterion } » à { $level } mettrait { $leader } en tête.
chart-caption = Effet de chaque critère sur le verdict : { $leader } face à { $runner }, en points d'écart
chart-criterion = Critère
chart-favours = Favorise
chart-points = Points
chart-show-top = N'afficher que les critères principaux

## The evidence on a card

score-out-of-ten = { $score }/10
score-range = { $score }/10 (selon les sources : de { $low } à { $high })
sources-disagree = Les sources divergent
sources-who-says-what = qui dit quoi
sources-loading = Chargement des sources…
sources-unavailable = Impossible de charger les sources. Vérifiez votre connexion, puis refermez et rouvrez cette section.
sources-none = Aucune source citée
sources-count = Sources ({ $count })
sources-count-corrected = Sources ({ $count }, dont { $corrected } { $corrected ->
    [one] corrigée
    [many] corrigées
   *[other] corrigées
  })
# Before a quote or a note about one option: "Côté Python :".
on-tech = Côté { $tech } :
uncited = Côté { $tech } : aucune source citée.
correction-label = Correction :
note-label = Remarque :

## Keeping and sharing

share-heading = Conserver ou partager
embed-widget = Intégrer ce widget
copy-link = Copier le lien
copy-markdown = Copier en Markdown
download-markdown = Télécharger le .md
copied-link = Lien copié dans le presse-papiers.
copied-record = Compte rendu de décision copié dans le presse-papiers.
no-clipboard-link = Le navigateur n'a pas autorisé la copie. Le lien est sélectionné ci-dessous : appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.
no-clipboard-record = Le navigateur n'a pas autorisé la copie. Le compte rendu de décision est sélectionné ci-dessous : appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.
no-download-record = Cette intégration n'a pas le droit d'enregistrer de fichiers. Le compte rendu de décision est sélectionné ci-dessous : appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.
record-saved = Compte rendu de décision enregistré sous versus-decision.md.
record-not-saved = Impossible d'enregistrer le fichier dans ce navigateur.
link-to-copy = Lien à copier
record-to-copy = Compte rendu à copier

## Notices

dismiss = Fermer
settings-not-used = Certains réglages de cette intégration n'ont pas été appliqués
link-settings-not-used = Certains réglages de ce lien n'ont pas été appliqués
storage-refused-title = Versus n'a pas pu mémoriser vos priorités
storage-refused = Ce navigateur a refusé de les enregistrer (son espace de stockage est peut-être plein) : à votre prochaine visite, vous repartirez des réglages par défaut. Le lien de la barre d'adresse les contient toujours : ajoutez-le à vos favoris ou copiez-le pour les conserver.
memory-stale-title = Certaines des priorités mémorisées ne s'appliquent plus
update-applying = Mise à jour de Versus… La page se rechargera dès que la nouvelle version sera prête.
update-available = Une nouvelle version de Versus est disponible.
update-reload = Recharger pour mettre à jour

## Loading someone's comparison

# $source is url, link, inline or builtin.
load-pending = { $source ->
    [url] Chargement de la comparaison depuis { $url }…
    [link] Chargement de la comparaison depuis ce lien…
    [inline] Chargement de la comparaison écrite dans cette page…
   *[builtin] Chargement de la comparaison fournie avec Versus…
  }
load-failed-from = { $source ->
    [url] La comparaison provenant de { $url } :
    [link] La comparaison provenant de ce lien :
    [inline] La comparaison écrite dans cette page :
   *[builtin] La comparaison fournie avec Versus :
  }
try-again = Réessayer
open-builtin = Ouvrir la comparaison fournie avec Versus, Node.js ou Python

## Ce qui n'a pas pu être utilisé, chargé ou exécuté

setting-too-long = Les réglages font { $length } caractères, bien plus que ce qu'écrit Versus : ils ont donc été ignorés.
setting-value-too-long = { $key } ignoré : sa valeur fait { $length } caractères, bien plus qu'il n'en faut à une intégration.
setting-too-many = Seuls les { $read } premiers réglages ont été lus ; { $ignored } autres ont été ignorés.
setting-unknown-version = Le lien est dans un format que cette version de Versus ne connaît pas (« { $found } ») : ses réglages ont été ignorés.
setting-missing-version = Le lien n'indique pas son format ; il a été lu comme { $version }.
setting-bad-encoding = « { $part } » ignoré : son encodage n'est pas valide.
setting-unknown-key = « { $key } » ignoré : Versus n'a aucun réglage de ce nom.
setting-bad-value = { $key ->
    [sort] sort=« { $value } » ignoré : valeurs attendues default, importance ou impact.
    [theme] theme=« { $value } » ignoré : valeurs attendues light, dark ou auto.
    [layout] layout=« { $value } » ignoré : valeurs attendues compact ou cards.
    [lang] lang=« { $value } » ignoré : langue attendue parmi celles de Versus : { $languages }.
    [heading] heading=« { $value } » ignoré : titre attendu de 1 à { $max } caractères visibles.
    [criteria] criteria=« { $value } » ignoré : identifiants de critères attendus, séparés par des virgules.
   *[other] { $key }=« { $value } » ignoré : nombre entier attendu de 0 à { $max }.
  }
setting-duplicate = « { $key } » apparaît plusieurs fois ; la première valeur a été retenue.
setting-unknown-preset = Profil « { $id } » ignoré : aucun type de projet ne porte ce nom.
problems-more = …et { $count } de plus.
load-failed-title = Les données de la comparaison n'ont pas pu être chargées
link-failed-title = La comparaison de ce lien n'a pas pu être ouverte
data-problems-title = { $count ->
    [one] Les données de cette comparaison ont un problème
   *[other] Les données de cette comparaison ont { $count } problèmes
  }
fetch-no-answer = { $address } n'a pas répondu. Vérifiez l'adresse et votre connexion ; un fichier hébergé sur un autre site doit aussi autoriser celui-ci à le lire (CORS).
fetch-slow-answer = { $address } n'a pas répondu en { $seconds } secondes. Réessayez ou vérifiez votre connexion.
fetch-slow-file = { $address } n'a pas envoyé tout le fichier en { $seconds } secondes. Réessayez ou vérifiez votre connexion.
fetch-bad-address = « { $address } » n'est pas une adresse que cette page peut charger.
fetch-refused = { $address } a répondu { $status } { $reason }.
fetch-interrupted = La lecture de { $address } a été interrompue.
fetch-empty = Le fichier est vide.
fetch-not-text = Le fichier n'est pas du texte UTF-8.
fetch-too-large = Non lu : le fichier dépasse { $max } Ko, la taille maximale d'un jeu de données pour Versus.
address-too-long = Son adresse fait { $length } caractères, plus que les { $max } que lit Versus : publiez le fichier à une adresse plus courte.
link-damaged = Les données du lien sont abîmées ou tronquées : redemandez le lien, ou le fichier.
link-too-long = Les données du lien font { $length } caractères, plus que les { $max } qu'un lien peut porter : demandez plutôt le fichier.
link-no-decompression = Ce navigateur ne sait pas décompresser les liens ; ouvrez-le dans un navigateur récent.
# The question of a criterion whose dataset gives none.
criterion-default-question = Quelle importance a « { $name } » pour votre projet ?

## Problèmes d'un jeu de données, tels que la page de rédaction les liste et
## que la notice d'un lecteur les affiche. $path est la notation du format
## (criteria[2].scores[0].value), comme les noms de champs entre `backticks` :
## les deux restent tels quels. Les nombres repris du fichier ($number, $low,
## $high, $score) sont tels qu'écrits.

data-problem-in = { $path } : { $problem }
data-problem-at = ligne { $line }, colonne { $column } : { $problem }
fault-too-large = le fichier fait { $kb } Ko ; Versus lit des jeux de données de { $max } Ko au plus
fault-not-json = JSON non valide : { $problem }
fault-mismatch = il faut { $expected ->
    [object] un objet
    [text] du texte
    [number] un nombre
    [level] un nombre entier
    [list] une liste
    [version] le nombre 1
    [range] deux nombres, [minimum, maximum]
   *[weights] un objet associant des identifiants de critères à des pondérations
  }, pas { $found ->
    [null] null
    [boolean] true ou false
    [number] un nombre
    [text] du texte
    [list] une liste
   *[object] un objet
  }
fault-unknown-field = champ `{ $field }` inconnu ; champs possibles : { $known }
fault-missing-field = champ `{ $field }` manquant
fault-not-a-level = { $number } n'est pas un nombre entier de 0 à { $max }
fault-other-version = ce fichier est destiné à une autre version du format ; cette version de Versus lit la version { $version }
fault-not-a-language-tag = « { $text } » n'est pas un code de langue ; indiquez-en un comme "en", "de" ou "pt-BR"
fault-id-and-file = indiquez `id` ou `file`, pas les deux
fault-empty-list = la liste est vide ; il faut au moins un élément
fault-too-few = il faut au moins { $min } { $list ->
    [technologies] { $min ->
        [one] technologie
       *[other] technologies
    }
   *[criteria] { $min ->
        [one] critère
       *[other] critères
    }
  } ; il y en a { $found }
fault-too-many = compte { $found } { $list ->
    [technologies] technologies
    [criteria] critères
    [sources] sources
    [presets] types de projet
   *[corrections] corrections
  } ; Versus en affiche { $max } au plus
fault-above-top = { $number } dépasse { $max }
fault-below-zero = { $number } est inférieur à 0
fault-blank = ne doit pas être vide
fault-blank-claim = une affirmation ne doit pas être vide
fault-too-long = dépasse { $max } caractères
fault-id-characters = `{ $id }` ne peut contenir que des lettres, des chiffres, `_`, `-` et `.`
fault-used-earlier = `{ $text }` est déjà utilisé par une entrée précédente
fault-reads-like-earlier = `{ $name }` se lit comme le nom d'une entrée précédente : les caractères invisibles et les espaces ne suffisent pas à distinguer deux noms
fault-reserved-id = `{ $id }` est réservé aux liens de partage ; choisissez un autre identifiant
fault-not-a-web-address = doit être une adresse web commençant par https:// ou http://
fault-not-in-list = `{ $id }` { $list ->
    [technologies] ne fait pas partie des technologies
    [criteria] ne fait pas partie des critères
    [sources] ne figure pas dans la liste des sources
   *[corrections] ne figure pas dans la liste des corrections
  }
fault-scored-twice = `{ $id }` est noté deux fois dans ce critère
fault-no-score-for = n'a pas de note pour `{ $id }`
fault-bad-range = la fourchette [{ $low }, { $high }] doit contenir la note { $score } et rester entre 0 et { $max }
fault-contested-without-range = une remarque `contested` doit s'accompagner de la fourchette des notes retenues par les sources
fault-too-many-citations = compte { $found } références aux sources ; { $max } au plus
fault-quote-too-long = compte { $words } mots ; n'en citez pas plus de { $max }
fault-recommendation-uncited = une recommandation doit citer au moins une source
fault-unscored = une technologie n'a pas de note pour un critère

## Pourquoi un texte n'est pas du JSON. $found est l'un des messages
## json-found-* ; $key est un nom de champ tiré du fichier.

json-expected = on attendait { $expected ->
    [value] une valeur
    [comma-or-bracket] `,` ou `]`
    [comma-or-brace] `,` ou `{ "}" }`
    [field-name] un nom de champ entre guillemets doubles
    [digit] un chiffre
    [digit-after-point] un chiffre après `.`
   *[exponent-digit] un chiffre dans l'exposant
  }, mais { $found }
json-expected-colon = on attendait `:` après `"{ $key }"`, mais { $found }
json-found-end = le texte s'arrête là
json-found-char = on trouve `{ $char }`
json-found-control = on trouve le caractère de contrôle { $code }
json-text-after-end = texte inattendu après la fin du document
json-too-deep = plus de { $max } niveaux d'imbrication
json-list-ends-with-comma = une liste ne peut pas se terminer par une virgule
json-object-ends-with-comma = un objet ne peut pas se terminer par une virgule
json-duplicate-field = le champ `{ $key }` apparaît deux fois dans le même objet
json-leading-zero = un nombre ne peut pas commencer par 0 (écrivez 7, pas 07)
json-number-too-large = ce nombre est trop grand
json-unescaped-control = un saut de ligne ou un caractère de contrôle dans un texte doit être échappé (`\n`)
json-unclosed-text = ce texte n'est jamais fermé par `"`
json-unknown-escape = séquence d'échappement inconnue : après `\`, { $found }
json-short-unicode-escape = `\u` doit être suivi de quatre chiffres hexadécimaux
json-unpaired-surrogate = un demi-codet haut `\u` (surrogate) doit être suivi d'un demi-codet bas
json-lone-surrogate = `\u` ne désigne aucun caractère (demi-codet isolé)

crash-notice = Un problème est survenu et Versus s'est arrêté. Recharger la page suffit en général.
crash-reload = Recharger
provenance = { $source ->
    [link] Cette comparaison provient de ce lien : Versus calcule le verdict, mais n'a ni rédigé ni vérifié ses notes.
    [page] Cette comparaison provient de cette page : Versus calcule le verdict, mais n'a ni rédigé ni vérifié ses notes.
   *[url] Cette comparaison provient de { $url } : Versus calcule le verdict, mais n'a ni rédigé ni vérifié ses notes.
  }
# Added after provenance when the widget shows a copy saved offline.
provenance-saved = Son serveur n'a pas répondu : voici donc la copie enregistrée { $age }.
age-just-now = à l'instant
age-minutes = { $count ->
    [one] il y a { $count } minute
    [many] il y a { $count } minutes
   *[other] il y a { $count } minutes
  }
age-hours = { $count ->
    [one] il y a { $count } heure
    [many] il y a { $count } heures
   *[other] il y a { $count } heures
  }
age-days = { $count ->
    [one] il y a { $count } jour
    [many] il y a { $count } jours
   *[other] il y a { $count } jours
  }

## The decision record (Markdown, from "Copy as Markdown" and "Download .md")

record-title = Compte rendu de décision : { $title }
record-date = Date : { $date }
record-status = Statut : proposée
record-made-with = Réalisé avec : Versus ({ $link })
record-context = Contexte
record-context-intro = Nous avons pondéré chaque critère de 0 (sans importance) à 10 (décisif). Nos principales priorités :
record-no-priorities = aucune : tous les poids sont à 0
record-priority = { $criterion } : { $level }/10 ({ $words })
record-decision = Décision
# The verdict's headline, then the sentence that puts it in context.
record-decision-line = { $headline }. { $detail }
record-reasons = Raisons
record-caveats = Réserves
record-no-caveats = Aucun de nos critères pondérés ne repose sur des affirmations contestées entre les sources.
record-caveat = { $criterion } ({ $tech }, poids { $level }) : { $note }
record-sources = Sources
record-source = { $publisher }, « { $title } » ({ $place })

## La page de rédaction (author.html). La page d'un lecteur et son fichier
## de catalogue ne contiennent pas ces messages (core/build.rs) ; la page de
## rédaction les charge. Les noms de champs du format entre `backticks` et
## les noms de fichiers restent tels quels.

author-title = Créez votre propre comparaison
author-lede = Les options et les critères de votre choix : collez un tableau ou remplissez la grille, corrigez ce que signale le vérificateur, puis publiez le tout sous forme de fichier, d'intégration ou de lien. Tout reste dans ce navigateur.
author-format-link = Le format des jeux de données
author-schema-link = JSON Schema
author-back-link = Retour à Node.js ou Python
author-dataset-heading = Jeu de données
author-import-table = Importer un tableau
author-start-template = Partir du modèle
author-duplicate-builtin = Dupliquer la comparaison fournie avec Versus
author-edit-as = Modifier en
author-view-grid = Grille
author-view-json = JSON
author-undo = Annuler
author-redo = Rétablir
author-builtin-failed = Impossible de charger la comparaison fournie avec Versus : votre brouillon n'a donc pas changé. { $why }
author-other-tab = Ce brouillon a été modifié dans un autre onglet. Cet onglet a cessé d'enregistrer pour qu'aucun des deux n'écrase l'autre : choisissez celui à garder.
author-keep-mine = Garder le brouillon de cet onglet
author-take-theirs = Prendre celui de l'autre onglet
author-not-stored = Ce navigateur refuse d'enregistrer votre brouillon : il sera perdu quand vous quitterez la page. Téléchargez-le pour le conserver.
author-json-label = JSON du jeu de données
author-preview-heading = Aperçu
author-preview-last-good = Affichage de la dernière version sans problème.
author-replace = Remplacer votre brouillon ? Vous pourrez revenir en arrière.
author-replace-with-table = Remplacer votre brouillon par le tableau importé ? Vous pourrez revenir en arrière.
# $format is one of author-table-format's keys.
author-imported = { $criteria ->
    [one] { $criteria } critère
    [many] { $criteria } critères
   *[other] { $criteria } critères
  } et { $options } options importés depuis { $format ->
    [markdown] un tableau Markdown
    [html] un tableau HTML
    [csv] des données CSV
   *[tsv] des lignes séparées par des tabulations
  }. « Annuler » ramène le brouillon précédent.
author-problems = { $count ->
    [0] Aucun problème : ce jeu de données est prêt à être publié.
    [one] { $count } problème
    [many] { $count } problèmes
   *[other] { $count } problèmes
  }
author-problems-more = …et { $count } de plus : corrigez d'abord ceux-ci, la liste passera ensuite aux suivants.
author-still-to-write = Reste à écrire : { $items }. Le widget fonctionne sans, mais les lecteurs voient quelles notes ne citent aucune source.
author-reasons = { $count ->
    [one] { $count } justification
    [many] { $count } justifications
   *[other] { $count } justifications
  }
author-citations = { $count ->
    [one] { $count } référence
    [many] { $count } références
   *[other] { $count } références
  }
author-notes = { $count ->
    [one] { $count } remarque sur qui dit quoi
    [many] { $count } remarques sur qui dit quoi
   *[other] { $count } remarques sur qui dit quoi
  }

# The grid and the panel beside it.
author-grid-needs-json = La grille affiche un brouillon dès que son JSON est lisible : corrigez les problèmes ci-dessous dans la vue JSON.
author-show-json = Afficher le JSON
author-copied-table = { $format ->
    [markdown] Tableau copié au format Markdown.
   *[tsv] Tableau copié au format TSV.
  }
author-copy-refused-table = Ce navigateur n'a pas laissé la page copier : le tableau est ci-dessous, sélectionnez-le et copiez-le.
author-title-label = Titre
author-description-label = Description (facultative)
author-add-option = Ajouter une option
author-add-criterion = Ajouter un critère
author-copy-markdown = Copier en tableau Markdown
author-copy-tsv = Copier en TSV
author-table-by-hand = Le tableau, à copier à la main
author-grid-label = Notes : critères en lignes, options en colonnes
author-grid-corner = Critère
author-option-name = Nom de l'option { $number }
author-criterion-name = Nom du critère { $number }
author-score-of = { $option } sur « { $criterion } »
author-cell-panel = La cellule active
author-cell-hint = Placez-vous sur une cellule pour voir et modifier ce qui s'y rapporte.
author-option-heading = Option : { $name }
author-criterion-heading = Critère : { $name }
author-move-left = Déplacer à gauche
author-move-right = Déplacer à droite
author-remove-option = Supprimer cette option
author-question-label = Question à laquelle répond le curseur du lecteur
author-move-up = Monter
author-move-down = Descendre
author-remove-criterion = Supprimer ce critère
author-rationale-label = Pourquoi cette note
author-contested-label = Là où les sources divergent : qui dit quoi
author-range-hint = Quand les sources divergent, donnez une fourchette à la note dans sa cellule, par exemple 7 (6-8) ; puis indiquez ici qui dit quoi.
author-citations-heading = Références
author-no-citation = Aucune source citée pour l'instant : les lecteurs verront que cette note ne cite rien.
author-citation-legend = Référence { $number }
author-source-label = Source
author-quote-label = Citation exacte
author-remove-citation = Supprimer cette référence
author-add-citation = Ajouter une référence
author-sources-summary = Sources ({ $count })
author-source-legend = Source { $number }
author-publisher-label = Éditeur
author-address-label = Adresse (https://…)
author-add-source = Ajouter une source
author-presets-summary = Types de projet ({ $count })
author-preset-name = Nom du type de projet { $number }
author-remove-preset = Supprimer le type de projet « { $name } »
author-remove = Supprimer
author-preset-weight = { $preset }, poids de « { $criterion } »
author-add-preset = Ajouter un type de projet

# Importing a table.
author-import-heading = Importer un tableau
author-import-help = Collez des lignes copiées depuis un tableur, du CSV, un tableau Markdown ou un tableau copié depuis une page web. La première ligne nomme les options (de 2 à 6) ; chaque ligne suivante est un critère suivi de ses notes de 0 à 10, par exemple 7, ou 7 (6-8) là où les sources divergent. Les colonnes intitulées « Question » ou « Weight » renseignent la question et le poids.
author-import-label = Tableau à importer
author-import-problems = { $count ->
    [one] { $count } problème : rien n'a encore été importé.
    [many] { $count } problèmes : rien n'a encore été importé.
   *[other] { $count } problèmes : rien n'a encore été importé.
  }
author-import = Importer
author-cancel = Annuler

# Publishing.
author-publish = Publier
author-download = Télécharger le fichier
author-downloaded = comparison.json téléchargé.
author-download-refused = Cette page n'a pas le droit de télécharger de fichiers ici ; copiez plutôt le texte depuis l'éditeur.
author-file-url-label = Où allez-vous publier le fichier ? (facultatif)
author-file-url-bad = L'adresse doit commencer par https:// ou http://.
author-file-url-help = Avec une adresse, les intégrations chargent le fichier depuis celle-ci (sur un autre site, ce site doit envoyer Access-Control-Allow-Origin). Sans adresse, le jeu de données voyage dans chaque code d'intégration et chaque lien.
# $what is one of: iframe, element, link.
author-copy-output = { $what ->
    [iframe] Copier le code iframe
    [element] Copier le code de l'élément
   *[link] Copier le lien
  }
author-copied-output = { $what ->
    [iframe] Code iframe copié.
    [element] Code de l'élément copié.
   *[link] Lien copié.
  }
author-copy-output-refused = { $what ->
    [iframe] Impossible de copier le code iframe : sélectionnez-le et copiez-le à la main.
    [element] Impossible de copier le code de l'élément : sélectionnez-le et copiez-le à la main.
   *[link] Impossible de copier le lien : sélectionnez-le et copiez-le à la main.
  }
author-iframe-output = Code iframe (pour tout blog)
author-element-output = Code de l'élément personnalisé
author-link-output = Lien qui l'ouvre dans Versus
author-preparing = Préparation des codes d'intégration…

# The embed dialog ("Embed this widget" on a reader's page opens it).
author-embed-heading = Intégrer cette comparaison à votre site
author-embed-intro = Les deux codes reprennent les pondérations que vous avez réglées. Collez-en un dans le HTML de votre article.
author-embed-theme = Thème
author-embed-iframe = iframe (fonctionne partout)
author-embed-link-only = Cette comparaison est contenue dans son lien, que seul l'iframe peut transporter. Pour un élément personnalisé, Hugo ou Jekyll, publiez le jeu de données sous forme de fichier (la page de rédaction, author.html, produit tous les codes) et ouvrez-le avec ?data=.
author-embed-element = Élément personnalisé (sans iframe)
author-embed-platforms = Hugo, Jekyll, WordPress et autres plateformes
author-embed-hugo = Shortcode Hugo
author-embed-hugo-help = Copiez embed/hugo/versus.html du dépôt Versus dans layouts/shortcodes/, puis :
author-embed-jekyll = Include Jekyll
author-embed-jekyll-help = Copiez embed/jekyll/versus.html dans _includes/, puis :
author-embed-oembed = Le lien seul (WordPress, Ghost et autres plateformes oEmbed)
author-embed-oembed-help = Collez l'adresse seule sur sa ligne ; la plateforme trouve l'intégration grâce à oEmbed.
author-embed-preview = Aperçu
author-close = Fermer
# $what is one of: iframe, element, hugo, jekyll, link.
author-embed-copy = { $what ->
    [iframe] Copier le code iframe
    [element] Copier le code de l'élément personnalisé
    [hugo] Copier le shortcode Hugo
    [jekyll] Copier l'include Jekyll
   *[link] Copier le lien pour oEmbed
  }
author-embed-snippet-label = { $what ->
    [iframe] Code iframe
    [element] Code de l'élément personnalisé
    [hugo] Shortcode Hugo
    [jekyll] Include Jekyll
   *[link] Lien pour oEmbed
  }
author-embed-copied = { $what ->
    [iframe] Code iframe copié dans le presse-papiers.
    [element] Code de l'élément personnalisé copié dans le presse-papiers.
    [hugo] Shortcode Hugo copié dans le presse-papiers.
    [jekyll] Include Jekyll copié dans le presse-papiers.
   *[link] Lien copié dans le presse-papiers.
  }
author-embed-copy-refused = { $what ->
    [iframe] Le navigateur n'a pas autorisé la copie : sélectionnez le code iframe et appuyez sur Ctrl+C (⌘C).
    [element] Le navigateur n'a pas autorisé la copie : sélectionnez le code de l'élément personnalisé et appuyez sur Ctrl+C (⌘C).
    [hugo] Le navigateur n'a pas autorisé la copie : sélectionnez le shortcode Hugo et appuyez sur Ctrl+C (⌘C).
    [jekyll] Le navigateur n'a pas autorisé la copie : sélectionnez l'include Jekyll et appuyez sur Ctrl+C (⌘C).
   *[link] Le navigateur n'a pas autorisé la copie : sélectionnez le lien et appuyez sur Ctrl+C (⌘C).
  }
# The title an iframe snippet gives the host page's assistive technology.
author-embed-frame-title = { $title } Une comparaison interactive par Versus
author-grid-keys = Les flèches font passer d'une cellule à l'autre ; Entrée ou la saisie modifie une cellule, Entrée valide, Échap annule. Une note va de 0 à 10, avec une fourchette là où les sources divergent : 7 (6-8).
# The last two of a list: "12 justifications, 12 références et 1 remarque".
author-and = { $first } et { $last }
author-embed-preview-frame = Aperçu du widget intégré
# Where a problem is in the JSON text (as data-problem-at places it).
author-problem-place = ligne { $line }, colonne { $column }

# Why an edit in the grid could not be made, and what a new item is called.
author-edit-max-criteria = Une comparaison compte au plus { $max } critères.
author-edit-min-criteria = Une comparaison doit compter au moins { $min ->
    [one] { $min } critère
    [many] { $min } critères
   *[other] { $min } critères
  }.
author-edit-max-options = Une comparaison compte au plus { $max } options.
author-edit-min-options = Une comparaison doit compter au moins { $min } options.
author-edit-range-first = Donnez d'abord une fourchette à la note, par exemple 7 (6-8) : la remarque indique qui défend chaque extrémité.
author-edit-gone = { $what ->
    [option] Cette option n'existe plus.
    [criterion] Ce critère n'existe plus.
    [preset] Ce type de projet n'existe plus.
    [citation] Cette référence n'existe plus.
   *[source] Cette source n'existe plus.
  }
author-new-name = { $what ->
    [option] Option { $number }
    [criterion] Critère { $number }
    [preset] Type de projet { $number }
   *[source] Source { $number }
  }
# A link that carries its dataset.
author-link-too-long = Une fois compressé, ce jeu de données fait { $length } caractères, plus que les { $max } qu'un lien peut porter de façon fiable : publiez le fichier et donnez son adresse.
author-link-long = Ce lien fait { $length } caractères. Les navigateurs l'ouvrent, mais certaines applications de messagerie instantanée et de courriel coupent les liens de plus de { $max } caractères ; pour celles-ci, publiez le fichier et partagez son adresse.

## Importer un tableau (la page de rédaction). $name, $column et $text
## viennent du tableau collé ; la ligne d'en-tête est la ligne 1.

table-paste = Collez un tableau : une ligne d'en-tête avec les noms des options, puis une ligne par critère avec son nom et une note de 0 à { $top } pour chaque option.
table-not-a-table = Ceci ne ressemble pas à un tableau : collez des lignes copiées depuis un tableur, du CSV, un tableau Markdown ou un tableau HTML.
table-too-large = Le texte collé fait { $kb } Ko ; Versus lit des tableaux de { $max } Ko au plus.
table-header-only = Le tableau n'a qu'une ligne d'en-tête : ajoutez une ligne par critère, avec d'abord son nom, puis une note pour chaque option.
table-too-many-criteria = Le tableau compte { $found } critères ; Versus en affiche { $max } au plus.
table-too-many-columns = Le tableau compte { $found } colonnes ; Versus en lit { $max } au plus : les critères, jusqu'à { $options } options, et des colonnes comme « Question » et « Weight ».
table-no-options = Aucune option trouvée : chaque colonne après la première est une option, nommée dans la ligne d'en-tête, avec une note de 0 à { $top } sur chaque ligne.
table-one-option = Une seule option trouvée (« { $name } ») ; une comparaison en demande de { $min } à { $max }, une par colonne après la première.
table-too-many-options = { $found } options trouvées ({ $names }) ; Versus en compare { $max } au plus.
table-column-unnamed = La colonne { $column } n'a pas de nom d'option
# $kind: named ($column is the column's name) or number.
table-column-skipped = La colonne { $kind ->
    [named] « { $column } »
   *[number] { $column }
  } n'a pas été importée : elle ne contient aucune note de 0 à { $top }.
table-same-columns = Les colonnes { $first } et { $second } { $role ->
    [question] contiennent toutes deux les questions
    [weight] contiennent toutes deux les poids
   *[option] s'appellent toutes deux « { $name } »
  }
table-row = Ligne { $row }
table-row-named = Ligne { $row } « { $name } »
table-row-unnamed = Ligne { $row } : le critère n'a pas de nom
table-row-repeats = La ligne { $row } répète le critère « { $name } » de la ligne { $first }
# $place is table-row or table-row-named.
table-row-too-wide = { $place } compte { $cells } cellules ; l'en-tête en compte { $width }
table-cell = { $place }, colonne « { $column } » : { $problem }
table-no-score = pas de note
table-not-a-score = « { $text } » n'est pas une note de 0 à { $top }
table-range-misses = la fourchette { $low }–{ $high } ne contient pas la note { $score }
# $kind: number (a number, not whole or not on the scale) or text.
table-not-a-weight = { $kind ->
    [number] { $text }
   *[text] « { $text } »
  } n'est pas un nombre entier de 0 à { $top }
# $what is one of the fault-* messages; $field: name, question or other.
# French: the fault-* messages start with the verb (« ne doit pas être vide »).
table-data-row = Ligne { $row } « { $name } » : { $field ->
    [name] le nom { $what }
    [question] la question { $what }
   *[other] { $what }
  }
table-data-column = Colonne { $column } « { $name } » : { $field ->
    [name] le nom { $what }
    [question] la question { $what }
   *[other] { $what }
  }
table-more = …et { $count } de plus
# An imported table's title (its options, the last two joined) and the preset its Weight column makes.
author-imported-title = { $first } ou { $last } ?
author-suggested-preset = Priorités suggérées
author-suggested-description = Les poids indiqués dans le tableau importé.
