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
boot-loading = Carregando a comparação…
boot-failed = A comparação interativa não pôde iniciar: um arquivo necessário não chegou completo. Uma conexão instável, um proxy ou uma página de login de Wi-Fi podem causar isso.
boot-retry = Tentar de novo
boot-retrying = Tentando de novo…
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
# A pergunta de um critério cujo conjunto de dados não traz nenhuma.
criterion-default-question = Quanto { $name } importa para o seu projeto?

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

## A página de criação (author.html). A página do leitor e o arquivo de
## catálogo dela deixam estas mensagens de fora (core/build.rs); a página de
## criação as busca. Nomes de campo do formato entre `crases` e nomes de
## arquivo ficam como estão. "option" é "opção" (qualquer opção, não só
## tecnologias); "snippet" é "código"; "preset" é "perfil", como acima.

author-title = Crie sua própria comparação
author-lede = Quaisquer opções, quaisquer critérios: cole uma tabela ou preencha a grade, corrija o que o verificador encontrar e publique o resultado como arquivo, widget incorporado ou link. Tudo fica neste navegador.
author-format-link = O formato do conjunto de dados
author-schema-link = JSON Schema
author-back-link = Voltar para Node.js ou Python
author-dataset-heading = Conjunto de dados
author-import-table = Importar tabela
author-start-template = Começar pelo modelo
author-duplicate-builtin = Duplicar a comparação integrada
author-edit-as = Editar como
author-view-grid = Grade
author-view-json = JSON
author-undo = Desfazer
author-redo = Refazer
author-builtin-failed = Não foi possível carregar a comparação integrada, então seu rascunho não foi alterado. { $why }
author-other-tab = Este rascunho foi alterado em outra aba. Esta aba parou de salvar para que uma não sobrescreva a outra: escolha qual manter.
author-keep-mine = Manter o rascunho desta aba
author-take-theirs = Usar o rascunho da outra aba
author-not-stored = Este navegador não quis armazenar seu rascunho, então ele se perderá quando você sair: baixe-o para não perdê-lo.
author-json-label = JSON do conjunto de dados
author-preview-heading = Prévia
author-preview-last-good = Mostrando a última versão sem problemas.
author-replace = Substituir seu rascunho? Você pode recuperá-lo com Desfazer.
author-replace-with-table = Substituir seu rascunho pela tabela importada? Você pode recuperá-lo com Desfazer.
# $format é uma das chaves de author-table-format.
author-imported = Foram importados { $criteria ->
    [one] { $criteria } critério
   *[other] { $criteria } critérios
  } e { $options } opções { $format ->
    [markdown] de uma tabela Markdown
    [html] de uma tabela HTML
    [csv] de um CSV
   *[tsv] de linhas separadas por tabulação
  }. Desfazer traz de volta o rascunho anterior.
author-problems = { $count ->
    [0] Nenhum problema: este conjunto de dados está pronto para publicar.
    [one] { $count } problema
   *[other] { $count } problemas
  }
author-problems-more = …e mais { $count }: corrija estes primeiro e a lista avançará.
author-still-to-write = Ainda falta escrever: { $items }. O widget funciona sem isso; os leitores veem quais notas não citam nada.
author-reasons = { $count ->
    [one] { $count } justificativa
   *[other] { $count } justificativas
  }
author-citations = { $count ->
    [one] { $count } citação
   *[other] { $count } citações
  }
author-notes = { $count ->
    [one] { $count } observação sobre quem afirma o quê
   *[other] { $count } observações sobre quem afirma o quê
  }

# A grade e o painel ao lado dela.
author-grid-needs-json = A grade mostra o rascunho assim que o JSON dele puder ser lido: corrija os problemas abaixo na visualização JSON.
author-show-json = Mostrar o JSON
author-copied-table = { $format ->
    [markdown] Tabela copiada como tabela Markdown.
   *[tsv] Tabela copiada como TSV.
  }
author-copy-refused-table = Este navegador não deixou a página copiar: a tabela está abaixo; selecione-a e copie.
author-title-label = Título
author-description-label = Descrição (opcional)
author-add-option = Adicionar opção
author-add-criterion = Adicionar critério
author-copy-markdown = Copiar como tabela Markdown
author-copy-tsv = Copiar como TSV
author-table-by-hand = A tabela, para copiar manualmente
author-grid-label = Notas: critérios nas linhas, opções nas colunas
author-grid-corner = Critério
author-option-name = Nome da opção { $number }
author-criterion-name = Nome do critério { $number }
author-score-of = { $option } em { $criterion }
author-cell-panel = A célula em foco
author-cell-hint = Vá até uma célula para ver e editar o que pertence a ela.
author-option-heading = Opção: { $name }
author-criterion-heading = Critério: { $name }
author-move-left = Mover para a esquerda
author-move-right = Mover para a direita
author-remove-option = Remover esta opção
author-question-label = Pergunta que o controle deslizante do leitor responde
author-move-up = Mover para cima
author-move-down = Mover para baixo
author-remove-criterion = Remover este critério
author-rationale-label = Por que esta nota
author-contested-label = Onde as fontes divergem: quem afirma o quê
author-range-hint = Quando as fontes divergirem, dê à nota um intervalo na célula, como 7 (6-8); depois diga aqui quem afirma o quê.
author-citations-heading = Citações
author-no-citation = Nenhuma fonte citada ainda: os leitores verão que esta nota não cita nada.
author-citation-legend = Citação { $number }
author-source-label = Fonte
author-quote-label = Trecho citado, palavra por palavra
author-remove-citation = Remover esta citação
author-add-citation = Adicionar citação
author-sources-summary = Fontes ({ $count })
author-source-legend = Fonte { $number }
author-publisher-label = Publicado por
author-address-label = Endereço (https://…)
author-add-source = Adicionar fonte
author-presets-summary = Perfis ({ $count })
author-preset-name = Nome do perfil { $number }
author-remove-preset = Remover o perfil { $name }
author-remove = Remover
author-preset-weight = { $preset }, peso de { $criterion }
author-add-preset = Adicionar perfil

# Importar uma tabela.
author-import-heading = Importar uma tabela
author-import-help = Cole linhas copiadas de uma planilha, um CSV, uma tabela Markdown ou uma tabela copiada de uma página web. A primeira linha dá nome às opções (de 2 a 6); cada linha seguinte é um critério e suas notas de 0 a 10, como 7, ou 7 (6-8) quando as fontes divergem. Colunas com o título “Question” (pergunta) ou “Weight” (peso) preenchem esses campos.
author-import-label = Tabela a importar
author-import-problems = { $count ->
    [one] { $count } problema: nada foi importado ainda.
   *[other] { $count } problemas: nada foi importado ainda.
  }
author-import = Importar
author-cancel = Cancelar

# Publicar.
author-publish = Publicar
author-download = Baixar o arquivo
author-downloaded = Arquivo comparison.json baixado.
author-download-refused = Esta página não pode baixar arquivos aqui; copie o texto do editor.
author-file-url-label = Onde você vai publicar o arquivo? (opcional)
author-file-url-bad = O endereço precisa começar com https:// ou http://.
author-file-url-help = Com um endereço, os widgets incorporados carregam o arquivo de lá (em outro site, ele precisa enviar Access-Control-Allow-Origin). Sem endereço, o conjunto de dados vai dentro de cada código e de cada link.
# $what é um de: iframe, element, link.
author-copy-output = { $what ->
    [iframe] Copiar o código do iframe
    [element] Copiar o código do elemento
   *[link] Copiar o link
  }
author-copied-output = { $what ->
    [iframe] Código do iframe copiado.
    [element] Código do elemento copiado.
   *[link] Link copiado.
  }
author-copy-output-refused = { $what ->
    [iframe] Não foi possível copiar o código do iframe: selecione-o e copie manualmente.
    [element] Não foi possível copiar o código do elemento: selecione-o e copie manualmente.
   *[link] Não foi possível copiar o link: selecione-o e copie manualmente.
  }
author-iframe-output = Código do iframe (qualquer blog)
author-element-output = Código do elemento personalizado
author-link-output = Link que abre a comparação no Versus
author-preparing = Preparando os códigos…

# O diálogo de incorporação ("Incorporar este widget", na página do leitor, o abre).
author-embed-heading = Incorpore esta comparação no seu site
author-embed-intro = Os dois códigos começam com os pesos que você definiu agora. Cole um deles no HTML do seu post.
author-embed-theme = Tema
author-embed-iframe = iframe (funciona em qualquer lugar)
author-embed-link-only = Esta comparação está guardada no próprio link, e só o iframe consegue levá-lo. Para um elemento personalizado, Hugo ou Jekyll, publique o conjunto de dados como arquivo (a página de criação, author.html, gera todos os códigos) e abra-o com ?data=.
author-embed-element = Elemento personalizado (sem iframe)
author-embed-platforms = Hugo, Jekyll, WordPress e outras plataformas
author-embed-hugo = Shortcode do Hugo
author-embed-hugo-help = Copie embed/hugo/versus.html do repositório do Versus para layouts/shortcodes/ e depois:
author-embed-jekyll = Include do Jekyll
author-embed-jekyll-help = Copie embed/jekyll/versus.html para _includes/ e depois:
author-embed-oembed = Só o link (WordPress, Ghost e outras plataformas com oEmbed)
author-embed-oembed-help = Cole o endereço numa linha só para ele; a plataforma encontra o widget incorporado via oEmbed.
author-embed-preview = Prévia
author-close = Fechar
# $what é um de: iframe, element, hugo, jekyll, link.
author-embed-copy = { $what ->
    [iframe] Copiar código do iframe
    [element] Copiar código do elemento personalizado
    [hugo] Copiar shortcode do Hugo
    [jekyll] Copiar include do Jekyll
   *[link] Copiar link para oEmbed
  }
author-embed-snippet-label = { $what ->
    [iframe] Código do iframe
    [element] Código do elemento personalizado
    [hugo] Shortcode do Hugo
    [jekyll] Include do Jekyll
   *[link] Link para oEmbed
  }
author-embed-copied = { $what ->
    [iframe] Código do iframe copiado para a área de transferência.
    [element] Código do elemento personalizado copiado para a área de transferência.
    [hugo] Shortcode do Hugo copiado para a área de transferência.
    [jekyll] Include do Jekyll copiado para a área de transferência.
   *[link] Link copiado para a área de transferência.
  }
author-embed-copy-refused = { $what ->
    [iframe] O navegador não permitiu copiar: selecione o código do iframe e pressione Ctrl+C (⌘C).
    [element] O navegador não permitiu copiar: selecione o código do elemento personalizado e pressione Ctrl+C (⌘C).
    [hugo] O navegador não permitiu copiar: selecione o shortcode do Hugo e pressione Ctrl+C (⌘C).
    [jekyll] O navegador não permitiu copiar: selecione o include do Jekyll e pressione Ctrl+C (⌘C).
   *[link] O navegador não permitiu copiar: selecione o link e pressione Ctrl+C (⌘C).
  }
# O título que o código do iframe dá à tecnologia assistiva da página que o hospeda.
author-embed-frame-title = { $title } Uma comparação interativa feita com o Versus
author-grid-keys = As setas movem entre as células; Enter ou começar a digitar edita uma célula, Enter confirma e Esc desfaz a edição. Uma nota vai de 0 a 10, com um intervalo quando as fontes divergem: 7 (6-8).
# Os dois últimos itens de uma lista: "12 justificativas; 12 citações e 1 observação".
author-and = { $first } e { $last }
author-embed-preview-frame = Prévia do widget incorporado
# Where a problem is in the JSON text (as data-problem-at places it).
author-problem-place = linha { $line }, coluna { $column }

# Por que uma edição na grade não pôde ser feita, e o nome de um item novo.
author-edit-max-criteria = Uma comparação tem no máximo { $max } critérios.
author-edit-min-criteria = Uma comparação precisa de pelo menos { $min ->
    [one] { $min } critério
   *[other] { $min } critérios
  }.
author-edit-max-options = Uma comparação tem no máximo { $max } opções.
author-edit-min-options = Uma comparação precisa de pelo menos { $min } opções.
author-edit-range-first = Primeiro dê um intervalo à nota, como 7 (6-8): a observação diz quem afirma cada extremo.
author-edit-gone = { $what ->
    [option] Essa opção não existe mais.
    [criterion] Esse critério não existe mais.
    [preset] Esse perfil não existe mais.
    [citation] Essa citação não existe mais.
   *[source] Essa fonte não existe mais.
  }
author-new-name = { $what ->
    [option] Opção { $number }
    [criterion] Critério { $number }
    [preset] Perfil { $number }
   *[source] Fonte { $number }
  }
# Um link que leva o próprio conjunto de dados.
author-link-too-long = Compactado, este conjunto de dados tem { $length } caracteres, mais do que os { $max } que um link consegue levar com segurança: publique o arquivo e informe o endereço dele.
author-link-long = Este link tem { $length } caracteres. Os navegadores o abrem, mas alguns apps de chat e de e-mail cortam links com mais de { $max } caracteres; para esses, publique o arquivo e compartilhe o endereço dele.

## Importar uma tabela (a página de criação). $name, $column e $text vêm
## da tabela colada; a linha de cabeçalho é a linha 1.

table-paste = Cole uma tabela: uma linha de cabeçalho com os nomes das opções e, depois, uma linha para cada critério, com o nome dele e uma nota de 0 a { $top } para cada opção.
table-not-a-table = Isto não parece uma tabela: cole linhas copiadas de uma planilha, um CSV, uma tabela Markdown ou uma tabela HTML.
table-too-large = O texto colado tem { $kb } KB; a maior tabela que o Versus lê tem { $max } KB.
table-header-only = A tabela só tem a linha de cabeçalho: adicione uma linha para cada critério, com o nome primeiro e depois uma nota para cada opção.
table-too-many-criteria = A tabela tem { $found } critérios; o máximo que o Versus mostra é { $max }.
table-too-many-columns = A tabela tem { $found } colunas; o Versus lê no máximo { $max }: a dos critérios, até { $options } opções e colunas como “Question” (pergunta) e “Weight” (peso).
table-no-options = Nenhuma opção encontrada: cada coluna depois da primeira é uma opção, com o nome na linha de cabeçalho e uma nota de 0 a { $top } em cada linha.
table-one-option = Foi encontrada só 1 opção (“{ $name }”); uma comparação precisa de { $min } a { $max }, uma por coluna depois da primeira.
table-too-many-options = Foram encontradas { $found } opções ({ $names }); o Versus compara no máximo { $max }.
table-column-unnamed = A coluna { $column } não tem nome de opção
# $kind: named ($column é o nome da coluna) ou number.
table-column-skipped = A coluna { $kind ->
    [named] “{ $column }”
   *[number] { $column }
  } não foi importada: não tem notas de 0 a { $top }.
table-same-columns = As colunas { $first } e { $second } { $role ->
    [question] são ambas colunas de perguntas
    [weight] são ambas colunas de pesos
   *[option] têm ambas o nome “{ $name }”
  }
table-row = Linha { $row }
table-row-named = Linha { $row } “{ $name }”
table-row-unnamed = Linha { $row }: o critério não tem nome
table-row-repeats = A linha { $row } repete o critério “{ $name }” da linha { $first }
# $place é table-row ou table-row-named.
table-row-too-wide = { $place } tem { $cells } células; o cabeçalho tem { $width }
table-cell = { $place }, coluna “{ $column }”: { $problem }
table-no-score = sem nota
table-not-a-score = “{ $text }” não é uma nota de 0 a { $top }
table-range-misses = o intervalo { $low }–{ $high } não contém a nota { $score }
# $kind: number (um número, não inteiro ou fora da escala) ou text.
table-not-a-weight = { $kind ->
    [number] { $text }
   *[text] “{ $text }”
  } não é um número inteiro de 0 a { $top }
# $what é uma das mensagens fault-* ("não pode ficar vazio", "tem mais de
# 80 caracteres"); $field: name, question ou other. "o texto da pergunta"
# (masculino) concorda com fault-blank.
table-data-row = Linha { $row } “{ $name }”: { $field ->
    [name] o nome { $what }
    [question] o texto da pergunta { $what }
   *[other] { $what }
  }
table-data-column = Coluna { $column } “{ $name }”: { $field ->
    [name] o nome { $what }
    [question] o texto da pergunta { $what }
   *[other] { $what }
  }
table-more = …e mais { $count }
# An imported table's title (its options, the last two joined) and the preset its Weight column makes.
author-imported-title = { $first } ou { $last }?
author-suggested-preset = Prioridades sugeridas
author-suggested-description = Os pesos indicados na tabela importada.
