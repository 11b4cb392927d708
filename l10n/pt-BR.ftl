# Versus: Brazilian Portuguese (pt-BR). Translated from en.ftl.
# A native speaker's review is welcome: open an issue or a pull request.
#
# Notes on choices:
#   - The reader is addressed as "você"; imperatives use the "você" form
#     (mova, escolha, pressione), as Brazilian product UI usually does.
#   - "verdict" is "veredito"; "score" is "nota" (so "note" is "Observação",
#     not "Nota"); "slider" is "controle deslizante"; "embed" is "widget
#     incorporado"; "Decision record" is "Registro da decisão".
#   - "Too close to call" is "Empate técnico", the usual Brazilian phrase.
#   - list-separator is "; " rather than ", ": numbers use a decimal comma
#     in Portuguese, so "Python 7,2; Node.js 6,8" stays unambiguous.
#   - Plurals (CLDR pt): one covers 0 and 1 (and 0,5, 1,5: "1,5 ponto" is
#     standard); many covers exact millions, which take "de" before the
#     noun ("1.000.000 de pontos").
#   - flip-levels-* are written to follow "vence"/"passa à frente" directly
#     ("a partir de 7", "até 3", "em 5", "de 4 a 6").
#   - Criterion names are placed without an article ("mais forte em
#     { $criterion }", "Empate em { $criterion }") because their gender is
#     unknown.
#
# Conventions (from en.ftl): every message is a whole sentence or a whole
# label, built from variables; never join fragments in code. Variables:
#   names of options ($leader, $runner, $rival, $tech, $strong, $weak) and
#   criteria ($criterion) come from the dataset, already isolated for
#   right-to-left text; numbers ($margin, $score, $count, ...) are
#   formatted for the locale before they are placed.
# A number variable can select a CLDR plural category: Portuguese uses
# one, many and other, or an exact value ([1]).

## The page

page-title = Versus: Node.js ou Python no seu backend?
page-description = Pondere o que importa no seu projeto e receba um veredito explicado e com fontes sobre Node.js versus Python, calculado no seu navegador.
page-noscript = Para mudar as prioridades, é preciso JavaScript. Abaixo está o veredito para as prioridades mostradas, com cada critério, nota e fonte.
language-label = Idioma
colophon = Versus { $build }. As notas são avaliações tiradas de { $sources }, citadas em cada cartão; quando elas divergem, mostramos o intervalo.
# The line under the title when the comparison has no description of its own.
lede = { $disagree ->
    [yes] Diga quanto cada critério importa para o seu projeto. O veredito é recalculado no seu navegador enquanto você ajusta, com base em { $sources } que nem sempre concordam.
   *[no] Diga quanto cada critério importa para o seu projeto. O veredito é recalculado no seu navegador enquanto você ajusta, com base em { $sources }.
  }
# How many sources, as prose says it: small counts in words.
# Exact values come first, so that [0] wins over the "one" category.
source-count = { $count ->
    [0] nenhuma fonte
    [1] uma fonte
    [2] duas fontes
    [3] três fontes
    [4] quatro fontes
    [5] cinco fontes
    [6] seis fontes
    [7] sete fontes
    [8] oito fontes
    [9] nove fontes
    [many] { $count } de fontes
   *[other] { $count } fontes
  }
# Two sentences in a row (languages that do not put a space between
# sentences leave it out).
two-sentences = { $first } { $second }
# Separates the items of a list, as in "Python 7,2; Node.js 6,8"
# (a semicolon, because Portuguese writes decimals with a comma).
list-separator = {"; "}

## Priorities (the sliders)

criteria-heading = Suas prioridades, critério por critério
# A slider's level in words; $band is one of none, low, some, medium, high, top.
level-words = { $band ->
    [none] sem prioridade
    [low] prioridade baixa
    [some] alguma prioridade
    [medium] prioridade média
    [high] prioridade alta
   *[top] prioridade máxima
  }
# What a screen reader says for a slider: "8 de 10, prioridade alta".
level-value = { $level } de { $max }, { $words }
preset-label = Começar por um tipo de projeto
preset-custom = Seus próprios pesos
reset = Redefinir
sort-label = Ordenar critérios por
sort-default = Tema
sort-importance = Importância para você
sort-impact = Efeito no veredito
view-label = Exibição
view-cards = Cartões com evidências
view-compact = Linhas compactas
show-all-criteria = Mostrar todos os { $count } critérios
show-leading-criteria = Mostrar só os { $count } que mais influenciam o veredito
no-flip = Sozinho, este critério não muda quem está na frente.
# $levels is one of the flip-levels-* messages below.
flip-at = { $many ->
    [yes] { $leader } passa à frente { $levels }
   *[no] { $leader } vence { $levels }
  }
flip-levels-up = a partir de { $low }
flip-levels-down = até { $high }
flip-levels-one = em { $low }
flip-levels-range = de { $low } a { $high }
# The compact row's button that opens a criterion's evidence.
row-why = Por quê
row-evidence = As evidências sobre { $criterion }

## The verdict

verdict-heading = Veredito
verdict-none = Nenhuma prioridade definida
verdict-too-close-equal = Com pesos iguais: empate técnico
verdict-too-close = Empate técnico
verdict-leads-equal = Com pesos iguais, { $leader } lidera por { $margin } { $margin ->
    [one] ponto
    [many] de pontos
   *[other] pontos
  }
verdict-leads-rival-equal = Com pesos iguais, { $leader } fica { $margin } { $margin ->
    [one] ponto
    [many] de pontos
   *[other] pontos
  } à frente de { $runner }
verdict-wins = { $leader } vence por { $margin } { $margin ->
    [one] ponto
    [many] de pontos
   *[other] pontos
  }
verdict-wins-rival = { $leader } vence { $runner } por { $margin } { $margin ->
    [one] ponto
    [many] de pontos
   *[other] pontos
  }
verdict-more = Por quê, e o que mudaria o resultado
verdict-flip-label = O que mudaria o resultado:
invite-slider = Todos os critérios têm o mesmo peso até você dizer o que importa: mova um controle deslizante.
invite-preset = Todos os critérios têm o mesmo peso até você dizer o que importa: escolha um tipo de projeto ou mova um controle deslizante.
detail-none = Todas as prioridades estão em 0. Aumente pelo menos um controle para obter um veredito.
# $scores is a list of score-item, highest first.
detail-scores = Notas ponderadas, de 0 a { $max }: { $scores }.
score-item = { $tech } { $score }
robust-too-close = A diferença é menor que { $band } pontos, dentro do que as divergências entre as fontes podem alterar.
robust-holds = { $leader } continua vencendo onde as fontes divergem, mesmo na leitura menos favorável delas.
robust-rival = Ainda em aberto: na leitura menos favorável das afirmações contestadas, { $rival } ficaria à frente por { $margin }.
robust-narrow = Ainda em aberto: na leitura menos favorável das afirmações contestadas, { $leader } ficaria à frente por apenas { $margin }.
why-heading = Por quê
why-heading-rival = Por que { $leader } em vez de { $runner }
# $priority is reason-priority or reason-priority-equal.
reason-priority = { $words } para você
reason-priority-equal = com o mesmo peso que todos os outros critérios
reason-even = Empate em { $criterion } ({ $score } cada), { $priority }.
reason-stronger = { $strong } é mais forte em { $criterion } ({ $high } contra { $low }), { $priority }.
reason-stronger-than = { $strong } é mais forte que { $weak } em { $criterion } ({ $high } contra { $low }), { $priority }.
reason-stronger-not-enough = { $strong } é mais forte em { $criterion } ({ $high } contra { $low }), { $priority }, mas não o bastante para mudar o resultado.
reason-stronger-than-not-enough = { $strong } é mais forte que { $weak } em { $criterion } ({ $high } contra { $low }), { $priority }, mas não o bastante para mudar o resultado.
closest-flip-raise = Subir { $criterion } para { $level } colocaria { $leader } na frente.
closest-flip-lower = Baixar { $criterion } para { $level } colocaria { $leader } na frente.
chart-caption = Quanto cada critério pesa no veredito: { $leader } versus { $runner }, em pontos de margem
chart-criterion = Critério
chart-favours = Favorece
chart-points = Pontos
chart-show-top = Mostrar só os critérios principais

## The evidence on a card

score-out-of-ten = { $score } / 10
score-range = { $score } / 10 (fontes: { $low }–{ $high })
sources-disagree = As fontes divergem
sources-who-says-what = quem diz o quê
sources-loading = Carregando as fontes…
sources-unavailable = Não foi possível carregar as fontes. Verifique sua conexão e depois feche e abra esta seção novamente.
sources-none = Nenhuma fonte citada
sources-count = Fontes ({ $count })
sources-count-corrected = Fontes ({ $count }, { $corrected } { $corrected ->
    [one] corrigida
   *[other] corrigidas
  })
# Before a quote or a note about one option: "Sobre Python:".
on-tech = Sobre { $tech }:
uncited = Sobre { $tech }: nenhuma fonte citada.
correction-label = Correção:
note-label = Observação:

## Keeping and sharing

share-heading = Guarde ou compartilhe
embed-widget = Incorporar este widget
copy-link = Copiar link
copy-markdown = Copiar como Markdown
download-markdown = Baixar .md
copied-link = Link copiado para a área de transferência.
copied-record = Registro da decisão copiado para a área de transferência.
no-clipboard-link = O navegador não permitiu copiar. O link está selecionado abaixo: pressione Ctrl+C (⌘C no Mac) para copiá-lo.
no-clipboard-record = O navegador não permitiu copiar. O registro da decisão está selecionado abaixo: pressione Ctrl+C (⌘C no Mac) para copiá-lo.
no-download-record = Este widget incorporado não tem permissão para salvar arquivos. O registro da decisão está selecionado abaixo: pressione Ctrl+C (⌘C no Mac) para copiá-lo.
record-saved = Registro da decisão salvo como versus-decision.md.
record-not-saved = Não foi possível salvar o arquivo neste navegador.
link-to-copy = Link para copiar
record-to-copy = Registro da decisão para copiar

## Notices

dismiss = Fechar
settings-not-used = Algumas configurações deste widget não foram usadas
link-settings-not-used = Algumas configurações deste link não foram usadas
storage-refused-title = O Versus não conseguiu guardar suas prioridades
storage-refused = Este navegador se recusou a armazená-las (talvez o armazenamento esteja cheio), então na próxima visita você começará pelos valores padrão. O link na barra de endereço ainda as contém: adicione-o aos favoritos ou copie-o para não perdê-las.
memory-stale-title = Algumas das prioridades que você salvou não se aplicam mais
update-applying = Atualizando o Versus… a página será recarregada quando a nova versão estiver pronta.
update-available = Há uma nova versão do Versus disponível.
update-reload = Recarregar para atualizar

## Loading someone's comparison

# $source is url, link, inline or builtin.
load-pending = { $source ->
    [url] Carregando a comparação de { $url }…
    [link] Carregando a comparação deste link…
    [inline] Carregando a comparação incluída nesta página…
   *[builtin] Carregando a comparação integrada ao Versus…
  }
load-failed-from = { $source ->
    [url] A comparação de { $url }:
    [link] A comparação deste link:
    [inline] A comparação incluída nesta página:
   *[builtin] A comparação integrada ao Versus:
  }
try-again = Tentar de novo
open-builtin = Abrir a comparação integrada, Node.js ou Python

## O que não pôde ser usado, carregado ou executado

setting-too-long = As configurações têm { $length } caracteres, muito mais do que o Versus escreve, por isso foram ignoradas.
setting-value-too-long = { $key } ignorado: o valor tem { $length } caracteres, muito mais do que qualquer incorporação precisa.
setting-too-many = Só as primeiras { $read } configurações foram lidas; outras { $ignored } foram ignoradas.
setting-unknown-version = O link está num formato que esta versão do Versus não conhece (“{ $found }”), por isso as configurações dele foram ignoradas.
setting-missing-version = O link não diz qual formato usa; ele foi lido como { $version }.
setting-bad-encoding = “{ $part }” ignorado: não está codificado corretamente.
setting-unknown-key = “{ $key }” ignorado: o Versus não tem nenhuma configuração com esse nome.
setting-bad-value = { $key ->
    [sort] sort=“{ $value }” ignorado: esperava-se default, importance ou impact.
    [theme] theme=“{ $value }” ignorado: esperava-se light, dark ou auto.
    [layout] layout=“{ $value }” ignorado: esperava-se compact ou cards.
    [lang] lang=“{ $value }” ignorado: esperava-se um idioma que o Versus fala: { $languages }.
    [heading] heading=“{ $value }” ignorado: esperava-se um título de 1 a { $max } caracteres visíveis.
    [criteria] criteria=“{ $value }” ignorado: esperavam-se IDs de critérios separados por vírgulas.
   *[other] { $key }=“{ $value }” ignorado: esperava-se um número inteiro de 0 a { $max }.
  }
setting-duplicate = “{ $key }” aparece mais de uma vez; foi usado o primeiro valor.
setting-unknown-preset = Perfil “{ $id }” ignorado: não há nenhum tipo de projeto com esse nome.
problems-more = …e mais { $count }.
load-failed-title = Não foi possível carregar os dados da comparação
link-failed-title = Não foi possível abrir a comparação deste link
data-problems-title = { $count ->
    [one] Os dados desta comparação têm um problema
   *[other] Os dados desta comparação têm { $count } problemas
  }
fetch-no-answer = { $address } não respondeu. Verifique o endereço e sua conexão; um arquivo em outro site também precisa permitir que este o leia (CORS).
fetch-slow-answer = { $address } não respondeu em { $seconds } segundos. Tente de novo ou verifique sua conexão.
fetch-slow-file = { $address } não enviou o arquivo inteiro em { $seconds } segundos. Tente de novo ou verifique sua conexão.
fetch-bad-address = “{ $address }” não é um endereço que esta página consiga buscar.
fetch-refused = { $address } respondeu { $status } { $reason }.
fetch-interrupted = A leitura de { $address } foi interrompida.
fetch-empty = O arquivo está vazio.
fetch-not-text = O arquivo não é texto UTF-8.
fetch-too-large = Não lido: o arquivo passa de { $max } KB, o maior conjunto de dados que o Versus lê.
address-too-long = O endereço tem { $length } caracteres, mais do que os { $max } que o Versus lê: publique o arquivo num endereço mais curto.
link-damaged = Os dados do link estão danificados ou cortados: peça o link de novo, ou o arquivo.
link-too-long = Os dados do link têm { $length } caracteres, mais do que os { $max } que um link pode levar: peça o arquivo em vez disso.
link-no-decompression = Este navegador não consegue descompactar links; abra-o num navegador atual.

## Os problemas de um conjunto de dados, como a página de criação os lista e
## o aviso ao leitor os mostra. $path é o do próprio formato
## (criteria[2].scores[0].value) e os nomes de campo entre `crases` são os do
## formato: ambos ficam como estão. Números repetidos do arquivo ($number,
## $low, $high, $score) aparecem como foram escritos.

data-problem-in = { $path }: { $problem }
data-problem-at = linha { $line }, coluna { $column }: { $problem }
fault-too-large = o arquivo tem { $kb } KB; o maior conjunto de dados que o Versus lê tem { $max } KB
fault-not-json = não é um JSON válido: { $problem }
fault-mismatch = esperava-se { $expected ->
    [object] um objeto
    [text] texto
    [number] um número
    [level] um número inteiro
    [list] uma lista
    [version] o número 1
    [range] dois números, [mínimo, máximo]
   *[weights] um objeto com IDs de critérios e pesos
  }, mas o valor é { $found ->
    [null] null
    [boolean] true ou false
    [number] um número
    [text] texto
    [list] uma lista
   *[object] um objeto
  }
fault-unknown-field = campo desconhecido `{ $field }`; esperava-se um destes: { $known }
fault-missing-field = falta o campo `{ $field }`
fault-not-a-level = { $number } não é um número inteiro de 0 a { $max }
fault-other-version = este arquivo é de outra versão do formato; este Versus lê a versão { $version }
fault-not-a-language-tag = “{ $text }” não é um código de idioma; escreva um como "en", "de" ou "pt-BR"
fault-id-and-file = informe `id` ou `file`, não os dois
fault-empty-list = está vazio; é preciso pelo menos um item
fault-too-few = precisa de pelo menos { $min } { $list ->
    [technologies] { $min ->
        [one] tecnologia
       *[other] tecnologias
      }
   *[criteria] { $min ->
        [one] critério
       *[other] critérios
      }
  }, mas tem { $found }
fault-too-many = tem { $found } { $list ->
    [technologies] tecnologias
    [criteria] critérios
    [sources] fontes
    [presets] perfis
   *[corrections] correções
  }; o máximo que o Versus mostra é { $max }
fault-above-top = { $number } é maior que { $max }
fault-below-zero = { $number } é menor que 0
fault-blank = não pode ficar vazio
fault-blank-claim = uma afirmação não pode ficar vazia
fault-too-long = tem mais de { $max } caracteres
fault-id-characters = `{ $id }` só pode usar letras sem acento, dígitos, `_`, `-` e `.`
fault-used-earlier = `{ $text }` já é usado por uma entrada anterior
fault-reads-like-earlier = `{ $name }` se lê igual ao nome de uma entrada anterior: caracteres invisíveis e espaçamento não diferenciam nomes
fault-reserved-id = `{ $id }` é reservado para links de compartilhamento; escolha outro ID
fault-not-a-web-address = precisa ser um endereço web que comece com https:// ou http://
fault-not-in-list = `{ $id }` { $list ->
    [technologies] não é uma das tecnologias
    [criteria] não é um dos critérios
    [sources] não está na lista de fontes
   *[corrections] não está na lista de correções
  }
fault-scored-twice = `{ $id }` recebe nota duas vezes neste critério
fault-no-score-for = não tem nota para `{ $id }`
fault-bad-range = o intervalo [{ $low }, { $high }] precisa conter a nota { $score } e ficar entre 0 e { $max }
fault-contested-without-range = uma observação `contested` precisa do intervalo de notas que as fontes sustentam
fault-too-many-citations = tem { $found } citações; o máximo é { $max }
fault-quote-too-long = tem { $words } palavras; cite no máximo { $max }
fault-recommendation-uncited = uma recomendação precisa de pelo menos uma citação
fault-unscored = alguma tecnologia está sem nota em algum critério

## Por que um texto não é JSON. $found é uma das json-found-*; $key é um
## nome de campo do arquivo.

json-expected = esperava-se { $expected ->
    [value] um valor
    [comma-or-bracket] `,` ou `]`
    [comma-or-brace] `,` ou `{ "}" }`
    [field-name] um nome de campo entre aspas duplas
    [digit] um dígito
    [digit-after-point] um dígito depois de `.`
   *[exponent-digit] um dígito no expoente
  }, mas { $found }
json-expected-colon = esperava-se `:` depois de `"{ $key }"`, mas { $found }
json-found-end = o texto terminou
json-found-char = foi encontrado `{ $char }`
json-found-control = foi encontrado o caractere de controle { $code }
json-text-after-end = texto inesperado depois do fim do documento
json-too-deep = aninhado em mais de { $max } níveis
json-list-ends-with-comma = uma lista não pode terminar com vírgula
json-object-ends-with-comma = um objeto não pode terminar com vírgula
json-duplicate-field = o campo `{ $key }` aparece duas vezes no mesmo objeto
json-leading-zero = um número não pode começar com 0 (escreva 7, não 07)
json-number-too-large = este número é grande demais
json-unescaped-control = uma quebra de linha ou um caractere de controle dentro de um texto precisa ser escapado (`\n`)
json-unclosed-text = este texto nunca é fechado com `"`
json-unknown-escape = sequência de escape desconhecida: depois de `\`, { $found }
json-short-unicode-escape = `\u` precisa de quatro dígitos hexadecimais
json-unpaired-surrogate = um surrogate alto em `\u` precisa ser seguido de um surrogate baixo
json-lone-surrogate = `\u` não indica nenhum caractere (um surrogate isolado)

crash-notice = Algo deu errado e o Versus parou. Recarregar a página costuma resolver.
crash-reload = Recarregar
provenance = { $source ->
    [link] Esta comparação vem deste link: o Versus calcula o veredito, mas não escreveu nem verificou as notas.
    [page] Esta comparação vem desta página: o Versus calcula o veredito, mas não escreveu nem verificou as notas.
   *[url] Esta comparação vem de { $url }: o Versus calcula o veredito, mas não escreveu nem verificou as notas.
  }
# Added after provenance when the widget shows a copy saved offline.
provenance-saved = O servidor de origem não respondeu, então esta é a cópia salva { $age }.
age-just-now = agora mesmo
age-minutes = { $count ->
    [one] há { $count } minuto
    [many] há { $count } de minutos
   *[other] há { $count } minutos
  }
age-hours = { $count ->
    [one] há { $count } hora
    [many] há { $count } de horas
   *[other] há { $count } horas
  }
age-days = { $count ->
    [one] há { $count } dia
    [many] há { $count } de dias
   *[other] há { $count } dias
  }

## The decision record (Markdown, from "Copy as Markdown" and "Download .md")

record-title = Registro da decisão: { $title }
record-date = Data: { $date }
record-status = Status: proposta
record-made-with = Criado com: Versus ({ $link })
record-context = Contexto
record-context-intro = Atribuímos a cada critério um peso de 0 (irrelevante) a 10 (decisivo). Nossas principais prioridades:
record-no-priorities = nenhuma: todos os pesos estão em 0
record-priority = { $criterion }: { $level }/10 ({ $words })
record-decision = Decisão
# The verdict's headline, then the sentence that puts it in context.
record-decision-line = { $headline }. { $detail }
record-reasons = Motivos
record-caveats = Ressalvas
record-no-caveats = Nenhum dos critérios que ponderamos depende de afirmações contestadas pelas fontes.
record-caveat = { $criterion } ({ $tech }, peso { $level }): { $note }
record-sources = Fontes
record-source = { $publisher }, “{ $title }” ({ $place })
