# Versus: Spanish (es). Translated from en.ftl.
# A native speaker's review is welcome: open an issue or a pull request.
#
# Notes on choices:
#   - Neutral international Spanish; the reader is addressed with "tú"
#     (tu proyecto, mueve, presiona), as most web interfaces do. Verb forms
#     avoid regional preferences (simple past "no pudo" rather than "no ha
#     podido"; "presiona" rather than "pulsa").
#   - Terms: verdict = veredicto, criterion = criterio, score = puntuación,
#     slider = control deslizante, preset = tipo de proyecto, evidence =
#     evidencias, source = fuente, embed = widget insertado, decision record
#     = registro de decisión, too close to call = empate técnico.
#   - $band words (level-words) are written to read both after "8 de 10,"
#     and before "para ti" (reason-priority).
#   - flip-at says "con nivel …" so that every flip-levels-* message fits:
#     "Python gana con nivel 7 o más", "… con nivel entre 4 y 6".
#   - Plurals: CLDR es has one, many and other; "many" (exact millions)
#     shares the wording of "other". robust-too-close and
#     sources-count-corrected select on their number so that the noun or
#     adjective agrees with it (English does not need to).

## The page

page-title = Versus: ¿Node.js o Python para tu backend?
page-description = Valora lo que importa en tu proyecto y obtén un veredicto explicado y con fuentes sobre Node.js frente a Python, calculado en tu navegador.
page-noscript = Para cambiar las prioridades se necesita JavaScript. Abajo tienes el veredicto para las prioridades mostradas, con todos los criterios, puntuaciones y fuentes.
boot-loading = Cargando la comparación…
boot-failed = La comparación interactiva no pudo iniciarse: un archivo que necesita no llegó completo. Puede deberse a una conexión inestable, un proxy o una página de acceso a la red wifi.
boot-retry = Reintentar
boot-retrying = Reintentando…
language-label = Idioma
colophon = Versus { $build }. Las puntuaciones son valoraciones basadas en { $sources } y cada tarjeta cita su origen; cuando las fuentes discrepan, se muestra el rango.
# The line under the title when the comparison has no description of its own.
lede = { $disagree ->
    [yes] Indica cuánto importa cada criterio en tu proyecto. El veredicto se recalcula en tu navegador mientras ajustas, a partir de { $sources } que no siempre coinciden.
   *[no] Indica cuánto importa cada criterio en tu proyecto. El veredicto se recalcula en tu navegador mientras ajustas, a partir de { $sources }.
  }
# How many sources, as prose says it: small counts in words.
source-count = { $count ->
    [0] ninguna fuente
    [1] una fuente
    [2] dos fuentes
    [3] tres fuentes
    [4] cuatro fuentes
    [5] cinco fuentes
    [6] seis fuentes
    [7] siete fuentes
    [8] ocho fuentes
    [9] nueve fuentes
   *[other] { $count } fuentes
  }
# Two sentences in a row (languages that do not put a space between
# sentences leave it out).
two-sentences = { $first } { $second }
# Separates the items of a list, as in "Python 7,2, Node.js 6,8".
list-separator = {", "}

## Priorities (the sliders)

criteria-heading = Tus prioridades, criterio a criterio
# A slider's level in words; $band is one of none, low, some, medium, high, top.
level-words = { $band ->
    [none] sin prioridad
    [low] prioridad baja
    [some] cierta prioridad
    [medium] prioridad media
    [high] prioridad alta
   *[top] prioridad máxima
  }
# What a screen reader says for a slider: "8 de 10, prioridad alta".
level-value = { $level } de { $max }, { $words }
preset-label = Elige un tipo de proyecto para empezar
preset-custom = Tus propios pesos
reset = Restablecer
sort-label = Ordenar criterios por
sort-default = Tema
sort-importance = Importancia para ti
sort-impact = Efecto en el veredicto
view-label = Vista
view-cards = Tarjetas con evidencias
view-compact = Filas compactas
show-all-criteria = Mostrar los { $count } criterios
show-leading-criteria = Mostrar solo los { $count } que más influyen en el veredicto
no-flip = Por sí solo, este criterio no puede cambiar quién va en cabeza.
# $levels is one of the flip-levels-* messages below.
flip-at = { $many ->
    [yes] { $leader } se pone en cabeza con nivel { $levels }
   *[no] { $leader } gana con nivel { $levels }
  }
flip-levels-up = { $low } o más
flip-levels-down = { $high } o menos
flip-levels-one = { $low }
flip-levels-range = entre { $low } y { $high }
# The compact row's button that opens a criterion's evidence.
row-why = Por qué
row-evidence = Evidencias sobre { $criterion }

## The verdict

verdict-heading = Veredicto
verdict-none = No hay prioridades definidas
verdict-too-close-equal = Con pesos iguales: empate técnico
verdict-too-close = Empate técnico
verdict-leads-equal = Con pesos iguales, { $leader } lleva { $margin } { $margin ->
    [one] punto
    [many] puntos
   *[other] puntos
  } de ventaja
verdict-leads-rival-equal = Con pesos iguales, { $leader } aventaja a { $runner } en { $margin } { $margin ->
    [one] punto
    [many] puntos
   *[other] puntos
  }
verdict-wins = { $leader } gana por { $margin } { $margin ->
    [one] punto
    [many] puntos
   *[other] puntos
  }
verdict-wins-rival = { $leader } gana a { $runner } por { $margin } { $margin ->
    [one] punto
    [many] puntos
   *[other] puntos
  }
verdict-more = Por qué y qué lo cambiaría
verdict-flip-label = Qué lo cambiaría:
invite-slider = Todos los criterios cuentan lo mismo hasta que digas qué te importa: mueve un control deslizante.
invite-preset = Todos los criterios cuentan lo mismo hasta que digas qué te importa: elige un tipo de proyecto o mueve un control deslizante.
detail-none = Todas las prioridades están en 0. Sube al menos un control para obtener un veredicto.
# $scores is a list of score-item, highest first.
detail-scores = Puntuaciones ponderadas sobre { $max }: { $scores }.
score-item = { $tech } { $score }
robust-too-close = La diferencia es de menos de { $band } { $band ->
    [one] punto
    [many] puntos
   *[other] puntos
  }, dentro de lo que pueden mover los desacuerdos entre las fuentes.
robust-holds = { $leader } sigue ganando aunque las fuentes discrepen, incluso con la interpretación menos favorable.
robust-rival = No es concluyente: con la interpretación menos favorable de los datos en disputa, { $rival } quedaría { $margin } por delante.
robust-narrow = No es concluyente: con la interpretación menos favorable de los datos en disputa, { $leader } quedaría solo { $margin } por delante.
why-heading = Por qué
why-heading-rival = Por qué { $leader } y no { $runner }
# $priority is reason-priority or reason-priority-equal.
reason-priority = { $words } para ti
reason-priority-equal = con el mismo peso que los demás criterios
reason-even = En { $criterion } hay empate ({ $score } cada uno), { $priority }.
reason-stronger = { $strong } es mejor en { $criterion } ({ $high } frente a { $low }), { $priority }.
reason-stronger-than = { $strong } es mejor que { $weak } en { $criterion } ({ $high } frente a { $low }), { $priority }.
reason-stronger-not-enough = { $strong } es mejor en { $criterion } ({ $high } frente a { $low }), { $priority }, pero no lo bastante para cambiar el resultado.
reason-stronger-than-not-enough = { $strong } es mejor que { $weak } en { $criterion } ({ $high } frente a { $low }), { $priority }, pero no lo bastante para cambiar el resultado.
closest-flip-raise = Subir { $criterion } a { $level } pondría a { $leader } en cabeza.
closest-flip-lower = Bajar { $criterion } a { $level } pondría a { $leader } en cabeza.
chart-caption = Cómo influye cada criterio en el veredicto: { $leader } frente a { $runner }, en puntos de margen
chart-criterion = Criterio
chart-favours = A favor de
chart-points = Puntos
chart-show-top = Mostrar solo los criterios principales

## The evidence on a card

score-out-of-ten = { $score } / 10
score-range = { $score } / 10 (fuentes: { $low }–{ $high })
sources-disagree = Las fuentes discrepan
sources-who-says-what = quién dice qué
sources-loading = Cargando las fuentes…
sources-unavailable = No se pudieron cargar las fuentes. Comprueba tu conexión y luego cierra y vuelve a abrir esta sección.
sources-none = Ninguna fuente citada
sources-count = Fuentes ({ $count })
sources-count-corrected = Fuentes ({ $count }, { $corrected } { $corrected ->
    [one] corregida
    [many] corregidas
   *[other] corregidas
  })
# Before a quote or a note about one option: "Sobre Python:".
on-tech = Sobre { $tech }:
uncited = Sobre { $tech }: ninguna fuente citada.
correction-label = Corrección:
note-label = Nota:

## Keeping and sharing

share-heading = Guardar o compartir
embed-widget = Insertar este widget
copy-link = Copiar enlace
copy-markdown = Copiar como Markdown
download-markdown = Descargar .md
copied-link = Enlace copiado al portapapeles.
copied-record = Registro de decisión copiado al portapapeles.
no-clipboard-link = El navegador no permite copiar. El enlace está seleccionado abajo: presiona Ctrl+C (⌘C en Mac) para copiarlo.
no-clipboard-record = El navegador no permite copiar. El registro de decisión está seleccionado abajo: presiona Ctrl+C (⌘C en Mac) para copiarlo.
no-download-record = Este widget insertado no puede guardar archivos. El registro de decisión está seleccionado abajo: presiona Ctrl+C (⌘C en Mac) para copiarlo.
record-saved = Registro de decisión guardado como versus-decision.md.
record-not-saved = No se pudo guardar el archivo en este navegador.
link-to-copy = Enlace para copiar
record-to-copy = Registro de decisión para copiar

## Notices

dismiss = Cerrar
settings-not-used = Algunos ajustes de este widget no se aplicaron
link-settings-not-used = Algunos ajustes de este enlace no se aplicaron
storage-refused-title = Versus no pudo recordar tus prioridades
storage-refused = Este navegador no permitió guardarlas (puede que su almacenamiento esté lleno), así que la próxima visita empezará con los valores predeterminados. El enlace de la barra de direcciones las conserva: guárdalo en marcadores o cópialo para no perderlas.
memory-stale-title = Algunas de las prioridades que tenías guardadas ya no se aplican
update-applying = Actualizando Versus… la página se recargará cuando la nueva versión esté lista.
update-available = Hay una nueva versión de Versus disponible.
update-reload = Recargar para actualizar

## Loading someone's comparison

# $source is url, link, inline or builtin.
load-pending = { $source ->
    [url] Cargando la comparación desde { $url }…
    [link] Cargando la comparación de este enlace…
    [inline] Cargando la comparación incluida en esta página…
   *[builtin] Cargando la comparación integrada en Versus…
  }
load-failed-from = { $source ->
    [url] La comparación de { $url }:
    [link] La comparación de este enlace:
    [inline] La comparación incluida en esta página:
   *[builtin] La comparación integrada en Versus:
  }
try-again = Reintentar
open-builtin = Abrir la comparación integrada, Node.js o Python

## Lo que no se pudo usar, cargar o ejecutar

setting-too-long = Los ajustes ocupan { $length } caracteres, mucho más de lo que escribe Versus, así que se ignoraron.
setting-value-too-long = Se ignoró { $key }: su valor ocupa { $length } caracteres, mucho más de lo que necesita una inserción.
setting-too-many = Solo se leyeron los primeros { $read } ajustes; se ignoraron { $ignored } más.
setting-unknown-version = El enlace tiene un formato que esta versión de Versus no conoce («{ $found }»), así que se ignoraron sus ajustes.
setting-missing-version = El enlace no indica qué formato usa; se leyó como { $version }.
setting-bad-encoding = Se ignoró «{ $part }»: no está codificado correctamente.
setting-unknown-key = Se ignoró «{ $key }»: Versus no tiene ningún ajuste con ese nombre.
setting-bad-value = { $key ->
    [sort] Se ignoró sort=«{ $value }»: se esperaba default, importance o impact.
    [theme] Se ignoró theme=«{ $value }»: se esperaba light, dark o auto.
    [layout] Se ignoró layout=«{ $value }»: se esperaba compact o cards.
    [lang] Se ignoró lang=«{ $value }»: se esperaba un idioma que Versus hable: { $languages }.
    [heading] Se ignoró heading=«{ $value }»: se esperaba un título de 1 a { $max } caracteres visibles.
    [criteria] Se ignoró criteria=«{ $value }»: se esperaban identificadores de criterios separados por comas.
   *[other] Se ignoró { $key }=«{ $value }»: se esperaba un número entero de 0 a { $max }.
  }
setting-duplicate = «{ $key }» aparece más de una vez; se usó el primer valor.
setting-unknown-preset = Se ignoró el perfil «{ $id }»: no hay ningún tipo de proyecto con ese nombre.
problems-more = …y { $count } más.
load-failed-title = No se pudieron cargar los datos de la comparación
link-failed-title = No se pudo abrir la comparación de este enlace
data-problems-title = { $count ->
    [one] Los datos de esta comparación tienen un problema
   *[other] Los datos de esta comparación tienen { $count } problemas
  }
fetch-no-answer = { $address } no respondió. Comprueba la dirección y tu conexión; un archivo en otro sitio también debe permitir que este lo lea (CORS).
fetch-slow-answer = { $address } no respondió en { $seconds } segundos. Inténtalo de nuevo o comprueba tu conexión.
fetch-slow-file = { $address } no envió el archivo completo en { $seconds } segundos. Inténtalo de nuevo o comprueba tu conexión.
fetch-bad-address = «{ $address }» no es una dirección que esta página pueda descargar.
fetch-refused = { $address } respondió { $status } { $reason }.
fetch-interrupted = Se interrumpió la lectura de { $address }.
fetch-empty = El archivo está vacío.
fetch-not-text = El archivo no es texto UTF-8.
fetch-too-large = No se leyó: el archivo supera los { $max } KB, el tamaño máximo de datos que lee Versus.
address-too-long = Su dirección ocupa { $length } caracteres, más de los { $max } que lee Versus: publica el archivo en una dirección más corta.
link-damaged = Los datos del enlace están dañados o incompletos: pide de nuevo el enlace, o el archivo.
link-too-long = Los datos del enlace ocupan { $length } caracteres, más de los { $max } que puede llevar un enlace: pide el archivo en su lugar.
link-no-decompression = Este navegador no puede descomprimir enlaces; ábrelo en un navegador actual.
# The question of a criterion whose dataset gives none.
criterion-default-question = ¿Cuánto importa { $name } en tu proyecto?

## Problemas de un conjunto de datos, tal como los enumera la página de edición
## y los muestra el aviso al lector. $path es la notación del propio formato
## (criteria[2].scores[0].value) y los nombres de campo entre `backticks` son
## los del formato: ambos se dejan tal cual. Los números tomados del archivo
## ($number, $low, $high, $score) se muestran tal como se escribieron.

data-problem-in = { $path }: { $problem }
data-problem-at = línea { $line }, columna { $column }: { $problem }
fault-too-large = el archivo ocupa { $kb } KB; Versus lee conjuntos de datos de hasta { $max } KB
fault-not-json = no es JSON válido: { $problem }
fault-mismatch = se esperaba { $expected ->
    [object] un objeto
    [text] texto
    [number] un número
    [level] un número entero
    [list] una lista
    [version] el número 1
    [range] dos números, [mínimo, máximo]
   *[weights] un objeto con identificadores de criterios y sus pesos
  }, pero se encontró { $found ->
    [null] null
    [boolean] true o false
    [number] un número
    [text] texto
    [list] una lista
   *[object] un objeto
  }
fault-unknown-field = campo desconocido `{ $field }`; se esperaba uno de estos: { $known }
fault-missing-field = falta el campo `{ $field }`
fault-not-a-level = { $number } no es un número entero de 0 a { $max }
fault-other-version = este archivo es de otra versión del formato; esta versión de Versus lee la versión { $version }
fault-not-a-language-tag = «{ $text }» no es una etiqueta de idioma; escribe una como "en", "de" o "pt-BR"
fault-id-and-file = indica `id` o `file`, no ambos
fault-empty-list = la lista está vacía; se necesita al menos un elemento
fault-too-few = necesita al menos { $min } { $list ->
    [technologies] { $min ->
        [one] tecnología
       *[other] tecnologías
    }
   *[criteria] { $min ->
        [one] criterio
       *[other] criterios
    }
  }, pero tiene { $found }
fault-too-many = tiene { $found } { $list ->
    [technologies] tecnologías
    [criteria] criterios
    [sources] fuentes
    [presets] tipos de proyecto
   *[corrections] correcciones
  }; Versus muestra como máximo { $max }
fault-above-top = { $number } es mayor que { $max }
fault-below-zero = { $number } es menor que 0
fault-blank = no puede quedar en blanco
fault-blank-claim = una afirmación no puede quedar en blanco
fault-too-long = tiene más de { $max } caracteres
fault-id-characters = `{ $id }` solo puede usar letras, dígitos, `_`, `-` y `.`
fault-used-earlier = `{ $text }` ya lo usa una entrada anterior
fault-reads-like-earlier = `{ $name }` se lee igual que el nombre de una entrada anterior: los caracteres invisibles y los espacios no bastan para distinguir dos nombres
fault-reserved-id = `{ $id }` está reservado para los enlaces compartidos; elige otro identificador
fault-not-a-web-address = debe ser una dirección web que empiece por https:// o http://
fault-not-in-list = `{ $id }` { $list ->
    [technologies] no es ninguna de las tecnologías
    [criteria] no es ninguno de los criterios
    [sources] no está en la lista de fuentes
   *[corrections] no está en la lista de correcciones
  }
fault-scored-twice = `{ $id }` tiene dos puntuaciones en este criterio
fault-no-score-for = no tiene puntuación para `{ $id }`
fault-bad-range = el rango [{ $low }, { $high }] debe incluir la puntuación { $score } y estar entre 0 y { $max }
fault-contested-without-range = una nota `contested` necesita el rango de puntuaciones que respaldan las fuentes
fault-too-many-citations = tiene { $found } citas; como máximo { $max }
fault-quote-too-long = tiene { $words } palabras; cita como máximo { $max }
fault-recommendation-uncited = una recomendación necesita al menos una cita
fault-unscored = alguna tecnología no tiene puntuación en algún criterio

## Por qué un texto no es JSON. $found es uno de los mensajes json-found-*;
## $key es un nombre de campo del archivo.

json-expected = se esperaba { $expected ->
    [value] un valor
    [comma-or-bracket] `,` o `]`
    [comma-or-brace] `,` o `{ "}" }`
    [field-name] un nombre de campo entre comillas dobles
    [digit] un dígito
    [digit-after-point] un dígito después de `.`
   *[exponent-digit] un dígito en el exponente
  }, pero { $found }
json-expected-colon = se esperaba `:` después de `"{ $key }"`, pero { $found }
json-found-end = el texto se termina
json-found-char = se encontró `{ $char }`
json-found-control = se encontró el carácter de control { $code }
json-text-after-end = texto inesperado después del final del documento
json-too-deep = anidado en más de { $max } niveles
json-list-ends-with-comma = una lista no puede terminar en coma
json-object-ends-with-comma = un objeto no puede terminar en coma
json-duplicate-field = el campo `{ $key }` aparece dos veces en el mismo objeto
json-leading-zero = un número no puede empezar por 0 (escribe 7, no 07)
json-number-too-large = este número es demasiado grande
json-unescaped-control = un salto de línea o un carácter de control dentro de un texto debe escaparse (`\n`)
json-unclosed-text = este texto nunca se cierra con `"`
json-unknown-escape = secuencia de escape desconocida: después de `\` { $found }
json-short-unicode-escape = `\u` necesita cuatro dígitos hexadecimales
json-unpaired-surrogate = a un sustituto alto `\u` (surrogate) debe seguirle uno bajo
json-lone-surrogate = `\u` no designa ningún carácter (un sustituto aislado)

crash-notice = Algo salió mal y Versus se detuvo. Recargar suele solucionarlo.
crash-reload = Recargar
provenance = { $source ->
    [link] Esta comparación procede de este enlace: Versus calcula el veredicto, pero no escribió ni verificó sus puntuaciones.
    [page] Esta comparación procede de esta página: Versus calcula el veredicto, pero no escribió ni verificó sus puntuaciones.
   *[url] Esta comparación procede de { $url }: Versus calcula el veredicto, pero no escribió ni verificó sus puntuaciones.
  }
# Added after provenance when the widget shows a copy saved offline.
# $age is one of the age-* messages: "la copia guardada hace 5 minutos".
provenance-saved = Su servidor no respondió, así que esta es la copia guardada { $age }.
age-just-now = hace un momento
age-minutes = { $count ->
    [one] hace { $count } minuto
    [many] hace { $count } minutos
   *[other] hace { $count } minutos
  }
age-hours = { $count ->
    [one] hace { $count } hora
    [many] hace { $count } horas
   *[other] hace { $count } horas
  }
age-days = { $count ->
    [one] hace { $count } día
    [many] hace { $count } días
   *[other] hace { $count } días
  }

## The decision record (Markdown, from "Copy as Markdown" and "Download .md")

record-title = Registro de decisión: { $title }
record-date = Fecha: { $date }
record-status = Estado: propuesta
record-made-with = Creado con: Versus ({ $link })
record-context = Contexto
record-context-intro = Asignamos a cada criterio un peso de 0 (irrelevante) a 10 (decisivo). Nuestras prioridades principales:
record-no-priorities = ninguna: todos los pesos están en 0
record-priority = { $criterion }: { $level }/10 ({ $words })
record-decision = Decisión
# The verdict's headline, then the sentence that puts it in context.
record-decision-line = { $headline }. { $detail }
record-reasons = Motivos
record-caveats = Salvedades
record-no-caveats = Ninguno de los criterios que ponderamos se basa en datos en disputa entre las fuentes.
record-caveat = { $criterion } ({ $tech }, peso { $level }): { $note }
record-sources = Fuentes
record-source = { $publisher }, «{ $title }» ({ $place })

## La página de edición (author.html). La página del lector y su archivo de
## catálogo no incluyen estos mensajes (core/build.rs); la página de edición
## los descarga. Los nombres de campo del formato entre `backticks` y los
## nombres de archivo se dejan tal cual.

author-title = Crea tu propia comparación
author-lede = Las opciones y los criterios que quieras: pega una tabla o rellena la cuadrícula, corrige lo que encuentre el verificador y publícala como archivo, widget insertado o enlace. Todo se queda en este navegador.
author-format-link = El formato de los conjuntos de datos
author-schema-link = JSON Schema
author-back-link = Volver a Node.js o Python
author-dataset-heading = Conjunto de datos
author-import-table = Importar tabla
author-start-template = Empezar desde la plantilla
author-duplicate-builtin = Duplicar la comparación integrada
author-edit-as = Editar como
author-view-grid = Cuadrícula
author-view-json = JSON
author-undo = Deshacer
author-redo = Rehacer
author-builtin-failed = No se pudo cargar la comparación integrada, así que tu borrador no cambió. { $why }
author-other-tab = Este borrador se modificó en otra pestaña. Esta pestaña dejó de guardar para que ninguna sobrescriba a la otra: elige cuál quieres conservar.
author-keep-mine = Conservar el borrador de esta pestaña
author-take-theirs = Usar el borrador de la otra pestaña
author-not-stored = Este navegador no permite guardar tu borrador, así que se perderá al salir de la página: descárgalo para conservarlo.
author-json-label = JSON del conjunto de datos
author-preview-heading = Vista previa
author-preview-last-good = Se muestra la última versión sin problemas.
author-replace = ¿Reemplazar tu borrador? Con Deshacer lo recuperas.
author-replace-with-table = ¿Reemplazar tu borrador por la tabla importada? Con Deshacer lo recuperas.
# $format is one of author-table-format's keys.
author-imported = Se importaron { $criteria ->
    [one] { $criteria } criterio
    [many] { $criteria } criterios
   *[other] { $criteria } criterios
  } y { $options } opciones desde { $format ->
    [markdown] una tabla Markdown
    [html] una tabla HTML
    [csv] datos CSV
   *[tsv] filas separadas por tabulaciones
  }. Con Deshacer vuelves al borrador anterior.
author-problems = { $count ->
    [0] Sin problemas: este conjunto de datos está listo para publicarse.
    [one] { $count } problema
    [many] { $count } problemas
   *[other] { $count } problemas
  }
author-problems-more = …y { $count } más: corrige estos primero y la lista avanzará.
author-still-to-write = Falta por escribir: { $items }. El widget funciona sin ello; los lectores ven qué puntuaciones no citan nada.
author-reasons = { $count ->
    [one] { $count } justificación
    [many] { $count } justificaciones
   *[other] { $count } justificaciones
  }
author-citations = { $count ->
    [one] { $count } cita
    [many] { $count } citas
   *[other] { $count } citas
  }
author-notes = { $count ->
    [one] { $count } nota sobre quién dice qué
    [many] { $count } notas sobre quién dice qué
   *[other] { $count } notas sobre quién dice qué
  }

# The grid and the panel beside it.
author-grid-needs-json = La cuadrícula muestra un borrador en cuanto su JSON se puede leer: corrige los problemas de abajo en la vista JSON.
author-show-json = Mostrar el JSON
author-copied-table = { $format ->
    [markdown] Tabla copiada como tabla Markdown.
   *[tsv] Tabla copiada como TSV.
  }
author-copy-refused-table = Este navegador no dejó que la página copiara: la tabla está abajo; selecciónala y cópiala.
author-title-label = Título
author-description-label = Descripción (opcional)
author-add-option = Añadir una opción
author-add-criterion = Añadir un criterio
author-copy-markdown = Copiar como tabla Markdown
author-copy-tsv = Copiar como TSV
author-table-by-hand = La tabla, para copiarla a mano
author-grid-label = Puntuaciones: criterios en filas, opciones en columnas
author-grid-corner = Criterio
author-option-name = Nombre de la opción { $number }
author-criterion-name = Nombre del criterio { $number }
author-score-of = { $option } en { $criterion }
author-cell-panel = La celda activa
author-cell-hint = Ve a una celda para ver y editar lo que le corresponde.
author-option-heading = Opción: { $name }
author-criterion-heading = Criterio: { $name }
author-move-left = Mover a la izquierda
author-move-right = Mover a la derecha
author-remove-option = Quitar esta opción
author-question-label = Pregunta que responde el control deslizante del lector
author-move-up = Subir
author-move-down = Bajar
author-remove-criterion = Quitar este criterio
author-rationale-label = Por qué esta puntuación
author-contested-label = Dónde discrepan las fuentes: quién dice qué
author-range-hint = Cuando las fuentes discrepen, da a la puntuación un rango en su celda, como 7 (6-8); luego indica aquí quién dice qué.
author-citations-heading = Citas
author-no-citation = Aún no se cita ninguna fuente: los lectores verán que esta puntuación no cita nada.
author-citation-legend = Cita { $number }
author-source-label = Fuente
author-quote-label = Texto citado, palabra por palabra
author-remove-citation = Quitar esta cita
author-add-citation = Añadir una cita
author-sources-summary = Fuentes ({ $count })
author-source-legend = Fuente { $number }
author-publisher-label = Editor
author-address-label = Dirección (https://…)
author-add-source = Añadir una fuente
author-presets-summary = Tipos de proyecto ({ $count })
author-preset-name = Nombre del tipo de proyecto { $number }
author-remove-preset = Quitar el tipo de proyecto «{ $name }»
author-remove = Quitar
author-preset-weight = { $preset }, peso de { $criterion }
author-add-preset = Añadir un tipo de proyecto

# Importing a table.
author-import-heading = Importar una tabla
author-import-help = Pega filas copiadas de una hoja de cálculo, CSV, una tabla Markdown o una tabla copiada de una página web. La primera fila nombra las opciones (de 2 a 6); cada fila siguiente es un criterio con sus puntuaciones de 0 a 10, como 7, o 7 (6-8) cuando las fuentes discrepan. Las columnas con el encabezado «Question» o «Weight» rellenan la pregunta y el peso.
author-import-label = Tabla para importar
author-import-problems = { $count ->
    [one] { $count } problema: todavía no se importó nada.
    [many] { $count } problemas: todavía no se importó nada.
   *[other] { $count } problemas: todavía no se importó nada.
  }
author-import = Importar
author-cancel = Cancelar

# Publishing.
author-publish = Publicar
author-download = Descargar el archivo
author-downloaded = Se descargó comparison.json.
author-download-refused = Esta página no puede descargar archivos aquí; copia el texto del editor en su lugar.
author-file-url-label = ¿Dónde vas a publicar el archivo? (opcional)
author-file-url-bad = La dirección debe empezar por https:// o http://.
author-file-url-help = Con una dirección, los widgets insertados cargan el archivo desde allí (si está en otro sitio, ese sitio debe enviar Access-Control-Allow-Origin). Sin ella, el conjunto de datos viaja dentro de cada código y de cada enlace.
# $what is one of: iframe, element, link.
author-copy-output = { $what ->
    [iframe] Copiar el código iframe
    [element] Copiar el código del elemento
   *[link] Copiar el enlace
  }
author-copied-output = { $what ->
    [iframe] Código iframe copiado.
    [element] Código del elemento copiado.
   *[link] Enlace copiado.
  }
author-copy-output-refused = { $what ->
    [iframe] No se pudo copiar el código iframe: selecciónalo y cópialo a mano.
    [element] No se pudo copiar el código del elemento: selecciónalo y cópialo a mano.
   *[link] No se pudo copiar el enlace: selecciónalo y cópialo a mano.
  }
author-iframe-output = Código iframe (cualquier blog)
author-element-output = Código del elemento personalizado
author-link-output = Enlace que la abre en Versus
author-preparing = Preparando los códigos…

# The embed dialog ("Embed this widget" on a reader's page opens it).
author-embed-heading = Inserta esta comparación en tu sitio
author-embed-intro = Los dos códigos empiezan con los pesos que tienes ahora. Pega uno en el HTML de tu entrada.
author-embed-theme = Tema
author-embed-iframe = iframe (funciona en todas partes)
author-embed-link-only = Esta comparación vive en su enlace, y solo el iframe puede llevarlo. Para un elemento personalizado, Hugo o Jekyll, publica el conjunto de datos como archivo (la página de edición, author.html, genera todos los códigos) y ábrelo con ?data=.
author-embed-element = Elemento personalizado (sin iframe)
author-embed-platforms = Hugo, Jekyll, WordPress y otras plataformas
author-embed-hugo = Shortcode de Hugo
author-embed-hugo-help = Copia embed/hugo/versus.html del repositorio de Versus en layouts/shortcodes/ y luego:
author-embed-jekyll = Include de Jekyll
author-embed-jekyll-help = Copia embed/jekyll/versus.html en _includes/ y luego:
author-embed-oembed = Solo el enlace (WordPress, Ghost y otras plataformas con oEmbed)
author-embed-oembed-help = Pega la dirección sola en una línea; la plataforma encuentra el widget insertado mediante oEmbed.
author-embed-preview = Vista previa
author-close = Cerrar
# $what is one of: iframe, element, hugo, jekyll, link.
author-embed-copy = { $what ->
    [iframe] Copiar código iframe
    [element] Copiar código del elemento personalizado
    [hugo] Copiar shortcode de Hugo
    [jekyll] Copiar include de Jekyll
   *[link] Copiar enlace para oEmbed
  }
author-embed-snippet-label = { $what ->
    [iframe] Código iframe
    [element] Código del elemento personalizado
    [hugo] Shortcode de Hugo
    [jekyll] Include de Jekyll
   *[link] Enlace para oEmbed
  }
author-embed-copied = { $what ->
    [iframe] Código iframe copiado al portapapeles.
    [element] Código del elemento personalizado copiado al portapapeles.
    [hugo] Shortcode de Hugo copiado al portapapeles.
    [jekyll] Include de Jekyll copiado al portapapeles.
   *[link] Enlace copiado al portapapeles.
  }
author-embed-copy-refused = { $what ->
    [iframe] El navegador no permite copiar: selecciona el código iframe y presiona Ctrl+C (⌘C).
    [element] El navegador no permite copiar: selecciona el código del elemento personalizado y presiona Ctrl+C (⌘C).
    [hugo] El navegador no permite copiar: selecciona el shortcode de Hugo y presiona Ctrl+C (⌘C).
    [jekyll] El navegador no permite copiar: selecciona el include de Jekyll y presiona Ctrl+C (⌘C).
   *[link] El navegador no permite copiar: selecciona el enlace y presiona Ctrl+C (⌘C).
  }
# The title an iframe snippet gives the host page's assistive technology.
author-embed-frame-title = { $title } Una comparación interactiva de Versus
author-grid-keys = Con las flechas te mueves entre celdas; Enter o empezar a escribir edita una celda, Enter guarda el cambio y Esc lo deshace. Una puntuación va de 0 a 10, con un rango cuando las fuentes discrepan: 7 (6-8).
# The last two of a list: "12 justificaciones, 12 citas y 1 nota".
author-and = { $first } y { $last }
author-embed-preview-frame = Vista previa del widget insertado
# Where a problem is in the JSON text (as data-problem-at places it).
author-problem-place = línea { $line }, columna { $column }

# Why an edit in the grid could not be made, and what a new item is called.
author-edit-max-criteria = Una comparación tiene como máximo { $max } criterios.
author-edit-min-criteria = Una comparación necesita al menos { $min ->
    [one] { $min } criterio
    [many] { $min } criterios
   *[other] { $min } criterios
  }.
author-edit-max-options = Una comparación tiene como máximo { $max } opciones.
author-edit-min-options = Una comparación necesita al menos { $min } opciones.
author-edit-range-first = Primero da a la puntuación un rango, como 7 (6-8): la nota indica quién defiende cada extremo.
author-edit-gone = { $what ->
    [option] Esa opción ya no existe.
    [criterion] Ese criterio ya no existe.
    [preset] Ese tipo de proyecto ya no existe.
    [citation] Esa cita ya no existe.
   *[source] Esa fuente ya no existe.
  }
author-new-name = { $what ->
    [option] Opción { $number }
    [criterion] Criterio { $number }
    [preset] Tipo de proyecto { $number }
   *[source] Fuente { $number }
  }
# A link that carries its dataset.
author-link-too-long = Comprimido, este conjunto de datos ocupa { $length } caracteres, más de los { $max } que un enlace puede llevar de forma fiable: publica el archivo e indica su dirección.
author-link-long = Este enlace tiene { $length } caracteres. Los navegadores lo abren, pero algunas apps de chat y de correo cortan los enlaces de más de { $max } caracteres; para esas, publica el archivo y comparte su dirección.

## Importar una tabla (la página de edición). $name, $column y $text
## vienen de la tabla pegada; la fila de encabezado es la fila 1.

table-paste = Pega una tabla: una fila de encabezado con los nombres de las opciones y luego una fila por criterio con su nombre y una puntuación de 0 a { $top } para cada opción.
table-not-a-table = Esto no parece una tabla: pega filas copiadas de una hoja de cálculo, CSV, una tabla Markdown o una tabla HTML.
table-too-large = El texto pegado ocupa { $kb } KB; Versus lee tablas de hasta { $max } KB.
table-header-only = La tabla solo tiene una fila de encabezado: añade una fila por criterio, primero su nombre y luego una puntuación para cada opción.
table-too-many-criteria = La tabla tiene { $found } criterios; Versus muestra como máximo { $max }.
table-too-many-columns = La tabla tiene { $found } columnas; Versus lee como máximo { $max }: los criterios, hasta { $options } opciones y columnas como «Question» y «Weight».
table-no-options = No se encontró ninguna opción: cada columna después de la primera es una opción, con su nombre en la fila de encabezado y una puntuación de 0 a { $top } en cada fila.
table-one-option = Solo se encontró 1 opción («{ $name }»); una comparación necesita de { $min } a { $max }, una por columna después de la primera.
table-too-many-options = Se encontraron { $found } opciones ({ $names }); Versus compara como máximo { $max }.
table-column-unnamed = La columna { $column } no tiene nombre de opción
# $kind: named ($column is the column's name) or number.
table-column-skipped = No se importó la columna { $kind ->
    [named] «{ $column }»
   *[number] { $column }
  }: no contiene puntuaciones de 0 a { $top }.
table-same-columns = Las columnas { $first } y { $second } { $role ->
    [question] contienen ambas las preguntas
    [weight] contienen ambas los pesos
   *[option] se llaman ambas «{ $name }»
  }
table-row = Fila { $row }
table-row-named = Fila { $row } «{ $name }»
table-row-unnamed = Fila { $row }: el criterio no tiene nombre
table-row-repeats = La fila { $row } repite el criterio «{ $name }» de la fila { $first }
# $place is table-row or table-row-named.
table-row-too-wide = { $place } tiene { $cells } celdas; el encabezado tiene { $width }
table-cell = { $place }, columna «{ $column }»: { $problem }
table-no-score = sin puntuación
table-not-a-score = «{ $text }» no es una puntuación de 0 a { $top }
table-range-misses = el rango { $low }–{ $high } no incluye la puntuación { $score }
# $kind: number (a number, not whole or not on the scale) or text.
table-not-a-weight = { $kind ->
    [number] { $text }
   *[text] «{ $text }»
  } no es un número entero de 0 a { $top }
# $what is one of the fault-* messages; $field: name, question or other.
# Spanish: the fault-* messages start with the verb ("no puede quedar en blanco").
table-data-row = Fila { $row } «{ $name }»: { $field ->
    [name] el nombre { $what }
    [question] la pregunta { $what }
   *[other] { $what }
  }
table-data-column = Columna { $column } «{ $name }»: { $field ->
    [name] el nombre { $what }
    [question] la pregunta { $what }
   *[other] { $what }
  }
table-more = …y { $count } más
# An imported table's title (its options, the last two joined) and the preset its Weight column makes.
author-imported-title = ¿{ $first } o { $last }?
author-suggested-preset = Prioridades sugeridas
author-suggested-description = Los pesos indicados en la tabla importada.
