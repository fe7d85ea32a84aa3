// The problems found loading the notes and the quiz files, in Russian for /admin. The loaders (knowledge/,
// quiz/) word them in English for the log, as every log line is; the bot speaks Russian, so /admin translates
// each known wording here, keeping the file, the line and the quoted values as they are.

/** One known wording: the English pattern and its Russian form (`$1`… are the pattern's groups). */
const WORDINGS: [RegExp, string][] = [
  [
    /^YAML syntax error: (.*); fix the indentation or quoting \(the file was skipped\)$/s,
    "ошибка синтаксиса YAML: $1 — поправьте отступы или кавычки (файл пропущен)",
  ],
  [
    /^YAML syntax error: (.*); fix the indentation or quoting \(this question was skipped\)$/s,
    "ошибка синтаксиса YAML: $1 — поправьте отступы или кавычки (вопрос пропущен)",
  ],
  [
    /^expected a mapping with `topic:` and `questions:` \(see (.*)\)$/,
    "ожидались поля `topic:` и `questions:` (пример — $1)",
  ],
  [
    /^missing `topic:`; add `(.*)` \(the file was skipped\)$/,
    "нет поля `topic:` — добавьте `$1` (файл пропущен)",
  ],
  [
    /^unknown topic "(.*)"; use one of: (.*) \(the file was skipped\)$/s,
    "неизвестная тема «$1» — укажите одну из: $2 (файл пропущен)",
  ],
  [
    /^topic "(.*)" does not match the file name; rename the file to (.*)$/,
    "тема «$1» не совпадает с именем файла — переименуйте файл в $2",
  ],
  [
    /^expected `questions:` to be a list of questions, each starting with `- question:`$/,
    "`questions:` должен быть списком вопросов, каждый начинается с `- question:`",
  ],
  [/^expected a question with the fields (.*)$/, "ожидался вопрос с полями $1"],
  [/^unknown field "(.*)"; the fields are (.*)$/, "неизвестное поле «$1» — поля вопроса: $2"],
  [
    /^missing or empty "(.*)"; add `(.*)` to this question$/,
    "поле «$1» отсутствует или пусто — добавьте к вопросу `$2`",
  ],
  [
    /^missing "options"; add `options: \[first, second, third\]`$/,
    "нет вариантов ответа — добавьте `options: [первый, второй, третий]`",
  ],
  [/^every option must be a non-empty text$/, "каждый вариант ответа должен быть непустым текстом"],
  [
    /^duplicate option "(.*)"; make every option different$/s,
    "вариант «$1» повторяется — сделайте варианты разными",
  ],
  [/^too few options \((\d+)\); give at least (\d+)$/, "слишком мало вариантов ($1) — нужно хотя бы $2"],
  [
    /^too many options \((\d+)\); Telegram allows at most (\d+)$/,
    "слишком много вариантов ($1) — Telegram допускает не больше $2",
  ],
  [
    /^answer "(.*)" differs from option "(.*)" only in case; write it exactly as the option$/s,
    "ответ «$1» отличается от варианта «$2» только регистром — напишите его точно как вариант",
  ],
  [
    /^answer "(.*)" is not among the options; copy the text of the correct option$/s,
    "ответа «$1» нет среди вариантов — скопируйте текст правильного варианта",
  ],
  [
    /^explanation is (\d+) characters; Telegram shows at most (\d+) under a quiz, shorten it$/,
    "пояснение — $1 символов, а Telegram показывает под викториной не больше $2: сократите его",
  ],
  [
    /^section "(.*)" is not a heading of topic (.*); copy a heading from the notes$/s,
    "раздела «$1» нет среди заголовков темы $2 — скопируйте заголовок из конспекта",
  ],
  [
    /^front matter is not valid YAML \((.*)\); it was ignored$/s,
    "шапка файла (front matter) — некорректный YAML ($1), она не учтена",
  ],
  [
    /^front matter `aliases` should be a list, e\.g\. (.*); it was ignored$/,
    "`aliases` в шапке файла должен быть списком, например $1; поле не учтено",
  ],
  [
    /^a code block is not closed with ``` — it runs to the end of the file$/,
    "блок кода не закрыт ``` — он идёт до конца файла",
  ],
  [
    /^the glossary was not loaded: expected a list of groups, e\.g\. (.*)$/,
    "глоссарий не загружен: нужен список групп, например $1",
  ],
  [/^the glossary was not loaded: (.*)$/s, "глоссарий не загружен: $1"],
  [
    /^skipped: it is not valid UTF-8 text; save it as UTF-8$/,
    "файл пропущен: это не текст в UTF-8 — сохраните его в кодировке UTF-8",
  ],
  [
    /^skipped: a PDF is not read; save its text as \.txt \(pdftotext notes\.pdf notes\.txt\)$/,
    "файл пропущен: PDF не читается — сохраните его текст в .txt (pdftotext notes.pdf notes.txt)",
  ],
  [
    /^skipped: a word processor's file is not read; save it as plain text \(\.txt\) or export it to Markdown \(\.md\)$/,
    "файл пропущен: документ Word и подобные не читаются — сохраните его как обычный текст (.txt) или в Markdown (.md)",
  ],
  [
    /^skipped: an e-book is not read; save its text as \.txt or \.md$/,
    "файл пропущен: электронная книга не читается — сохраните её текст в .txt или .md",
  ],
  [
    /^skipped: slides are not read; save them as PDF, then its text as \.txt \(pdftotext slides\.pdf slides\.txt\)$/,
    "файл пропущен: слайды не читаются — сохраните их в PDF, а его текст в .txt (pdftotext slides.pdf slides.txt)",
  ],
  [
    /^skipped: a spreadsheet is not read; save it as CSV \(\.csv\)$/,
    "файл пропущен: таблица Excel и подобные не читаются — сохраните её в CSV (.csv)",
  ],
  [
    /^skipped: a drawing of the Excalidraw plugin is not read as notes \(it has no text to answer from\)$/,
    "файл пропущен: рисунок Excalidraw не читается как заметки (в нём нет текста для ответов)",
  ],
  [
    /^skipped: Joplin's record of a notebook or a tag, no note \(each note is a file of its own\)$/,
    "файл пропущен: это запись Joplin о блокноте или теге, не заметка (каждая заметка — отдельный файл)",
  ],
  [
    /^skipped: of \.json files only a chat exported from Telegram Desktop \(Export chat history\) and a note of Google Keep from Takeout are read$/,
    "файл пропущен: из файлов .json читаются только чат, выгруженный из Telegram Desktop («Экспорт истории чата»), и заметка Google Keep из Google Takeout",
  ],
  [/^skipped: this note of Google Keep is in its trash$/, "файл пропущен: эта заметка Google Keep в корзине"],
  [
    /^this is no Evernote export \(no <en-export>\); export the notebook again from Evernote \(the file was skipped\)$/,
    "это не экспорт Evernote (нет <en-export>) — экспортируйте блокнот из Evernote заново (файл пропущен)",
  ],
  [
    /^skipped: this LaTeX file only puts others together \(\\input, \\include\); they are read on their own$/,
    "файл пропущен: этот файл LaTeX только собирает другие (\\input, \\include) — они читаются сами по себе",
  ],
  [
    /^this is no canvas of Obsidian \(not JSON with nodes\); save it again from Obsidian \(the file was skipped\)$/,
    "это не холст Obsidian (не JSON с узлами) — сохраните его заново в Obsidian (файл пропущен)",
  ],
  [
    /^this is no tiddler \(no «title:» field over its text\); copy it again from the wiki's tiddlers folder \(the file was skipped\)$/,
    "это не тиддлер (над текстом нет поля «title:») — скопируйте его заново из папки tiddlers вики (файл пропущен)",
  ],
  [
    /^this is no Jupyter notebook \(not JSON with cells\); save it again from Jupyter \(the file was skipped\)$/,
    "это не блокнот Jupyter (не JSON с ячейками) — сохраните его заново из Jupyter (файл пропущен)",
  ],
  [
    /^skipped: it is no Word document that can be read \((.*)\); save it again from Word as \.docx$/s,
    "файл пропущен: это не документ Word, который можно прочитать ($1) — сохраните его заново из Word в .docx",
  ],
  [/^skipped: (.*)$/s, "файл пропущен: $1"],
  [
    /^kept the last good version: it is not valid UTF-8 text; save it as UTF-8$/,
    "оставлена прошлая версия: это не текст в UTF-8 — сохраните его в кодировке UTF-8",
  ],
  [/^kept the last good version: (.*)$/s, "оставлена прошлая версия: $1"],
  [/^kept the last good version of the file$/, "оставлена прошлая исправная версия файла"],
];

/** Where a problem is: `file:line: ` or `file: ` before the message. */
const PLACE = /^(.+?\.\w+)((?::\d+)?): ([\s\S]*)$/;

/**
 * A load problem (`file[:line]: message`, as the loaders log it) in Russian: the message translated, the file
 * and line kept. A wording this table does not know yet is returned as it is, rather than lost.
 */
export function problemInRussian(problem: string): string {
  const place = PLACE.exec(problem);
  const [where, message] = place ? [`${place[1]}${place[2]}: `, place[3] as string] : ["", problem];
  for (const [pattern, russian] of WORDINGS) {
    if (pattern.test(message)) return where + message.replace(pattern, russian);
  }
  return problem;
}
