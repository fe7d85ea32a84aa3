// A lecture's subtitles kept as notes: SubRip (.srt) or WebVTT (.vtt), a cue every few seconds — its number, its
// time, a line or two of speech. Here the speech becomes paragraphs of plain text: cues run together, a pause in the
// speech or a new speaker starts a paragraph (an answer stays with the question it answers), and what the subtitles
// add for the screen (numbers, times, styling, «[музыка]») goes. Pure: text in, text out.

/** `00:01:12,340 --> 00:01:15,900` (SubRip) or `01:12.340 --> 01:15.900 align:start` (WebVTT). */
const TIMING =
  /^[ \t]*((?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3})[ \t]+-->[ \t]+((?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3})(?:[ \t].*)?$/u;
/** A pause longer than this, in seconds, between two cues ends a paragraph. */
const PAUSE = 2;
/** Sounds and styling for the screen: «[смех]», «(music)», «<i>», «{\an8}». */
const SCREEN_ONLY =
  /\[[^\]\n]{1,30}\]|\((?:музыка|смех|аплодисменты|music|laughter|applause)\)|<\/?[a-z][^>]*>|\{\\[^}]*\}/giu;
/** A new speaker: «- Вопрос из зала: …». Written down, a speaker's turn opens with a dash of dialogue, «— ». */
const SPEAKER = /^[-–—][ \t]+(?=\S)/u;

/** A turn that says it is a question: «— Вопрос из зала: …», «- question from the audience …». */
const ASKS = /^— (?:вопрос|question)(?![\p{L}])/iu;

/** Seconds of a cue time: «00:01:12,340», «01:12.340». */
function seconds(time: string): number {
  const parts = time.replace(",", ".").split(":").map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/**
 * The speech of subtitles as paragraphs of plain text, or undefined when the text holds no cue times. Cues run
 * together; a pause of more than two seconds after a sentence's end, or a line that opens with a speaker's dash,
 * starts a paragraph, except after a question: «— Вопрос из зала: а ретраи? — Только идемпотентные.» is one
 * paragraph, so the answer is found with what it answers.
 */
export function subtitlesToText(source: string): string | undefined {
  return subtitleParagraphs(source)
    ?.map((lines) => lines.join(" "))
    .join("\n\n");
}

/** {@link subtitlesToText}'s paragraphs, each as its lines of speech (a cue's line each), before they run together. */
export function subtitleParagraphs(source: string): string[][] | undefined {
  const lines = source.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  if (!lines.some((line) => TIMING.test(line))) return undefined;
  const paragraphs: string[][] = [];
  let current: string[] = [];
  let lastEnd: number | undefined;
  /** Whether a pause after a sentence's end came before this cue. */
  let paused = false;
  /** Whether the last turn said it asks, and no turn has answered it yet. */
  let asking = false;
  let inCue = false;
  let note = false;
  for (const line of lines) {
    const timing = TIMING.exec(line);
    if (timing) {
      const start = seconds(timing[1] as string);
      // A pause ends a paragraph only where a sentence ends: a speaker pauses mid-sentence too.
      const ended = /[.!?…»)]$/u.test(current.at(-1) ?? "");
      paused = lastEnd !== undefined && start - lastEnd > PAUSE && ended;
      lastEnd = seconds(timing[2] as string);
      inCue = true;
      note = false;
      continue;
    }
    if (line.trim() === "") {
      inCue = false;
      note = false;
      continue;
    }
    // A WebVTT file's header and its NOTE and STYLE blocks are no speech.
    if (!inCue && /^(?:WEBVTT|NOTE|STYLE|REGION)\b/u.test(line)) note = true;
    if (!inCue || note) continue;
    const speech = line.replace(SCREEN_ONLY, "").replace(/\s+/gu, " ").trim();
    if (speech === "") continue;
    const turn = SPEAKER.test(speech);
    // What follows a question answers it, whoever speaks — also one automatic subtitles wrote with no «?», a turn
    // that says it asks («- вопрос из зала ретраи и брейкер вместе можно»).
    const answers: boolean = /\?$/u.test(current.at(-1) ?? "") || (turn && asking);
    // «…ловят «зарезервировано»» and a pause, then «и списывают»: the sentence had not ended.
    const newSentence = paused && !/^\p{Ll}/u.test(speech);
    paused = false;
    if ((turn || newSentence) && !answers && current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
    const said = turn ? speech.replace(SPEAKER, "— ") : speech;
    // A question turn waits for the next turn, its answer; the answer closes it.
    if (turn) asking = !answers && ASKS.test(said);
    current.push(said);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/** A time alone on its line, as a video site's transcript panel puts one over each caption: «0:04», «1:02:15». */
const CAPTION_TIME = /^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*$/u;
/** A transcript has at least this many captions under times… */
const MIN_CAPTIONS = 10;
/** …and at least this share of its lines are those times. */
const MIN_TIME_SHARE = 0.3;

/** A chapter of a video's transcript: its title (none before the first) and its captions' lines. */
export interface TranscriptChapter {
  title?: string;
  lines: string[];
}

/**
 * A video's transcript copied from its site's panel («Показать расшифровку»): each caption a line under its time,
 * the chapters' titles on lines of their own between them. Gives the chapters' speech, and the text after the last
 * caption (what the learner typed under it, «КОНСПЕКТ: …») as it is; undefined for text that is no such transcript.
 */
export function videoTranscript(
  source: string,
): { chapters: TranscriptChapter[]; after: string } | undefined {
  const lines = source
    .replace(/^\uFEFF/u, "")
    .split(/\r?\n/u)
    .filter((line) => line.trim() !== "");
  const captions = lines.filter(
    (line, i) => CAPTION_TIME.test(line) && !CAPTION_TIME.test(lines[i + 1] ?? "0:00"),
  );
  if (captions.length < MIN_CAPTIONS || captions.length < MIN_TIME_SHARE * lines.length) return undefined;
  const last = lines.findLastIndex((line) => CAPTION_TIME.test(line));
  const chapters: TranscriptChapter[] = [{ lines: [] }];
  for (let i = 0; i <= last + 1 && i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (CAPTION_TIME.test(line)) continue;
    const caption = CAPTION_TIME.test(lines[i - 1] ?? "");
    // A line under no time is a chapter's title, where the next caption's time follows it.
    if (!caption && CAPTION_TIME.test(lines[i + 1] ?? "")) chapters.push({ title: line, lines: [] });
    else (chapters.at(-1) as TranscriptChapter).lines.push(line);
  }
  return {
    chapters: chapters.filter((c) => c.lines.length > 0),
    after: lines.slice(last + 2).join("\n"),
  };
}
