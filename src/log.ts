// The process's logger: readable lines for a person at a terminal, JSON lines for a service manager or a pipe.
// Both are written synchronously on the main thread: a worker-thread transport can print lines out of order
// with the process's own writes, or lose the last ones when the process exits right after logging them.
import { type DestinationStream, type Logger, pino } from "pino";
import PinoPretty from "pino-pretty";

/** Where and how {@link createLogger} writes. */
export interface LogOptions {
  /** Human-readable lines instead of JSON. Default: when stdout is a terminal (a TTY). */
  pretty?: boolean;
  /** Default: stdout (file descriptor 1). */
  destination?: DestinationStream;
  /** Colours in pretty lines. Default: when stdout is a terminal and NO_COLOR is not set. */
  colorize?: boolean;
}

/** A pino logger at `level`: pretty in a terminal, JSON otherwise (see {@link LogOptions}). */
export function createLogger(level: string, options: LogOptions = {}): Logger {
  const tty = process.stdout.isTTY === true;
  if (options.pretty ?? tty) {
    const stream = PinoPretty({
      sync: true,
      colorize: options.colorize ?? (tty && !process.env.NO_COLOR),
      translateTime: "SYS:HH:MM:ss",
      ignore: "pid,hostname",
      singleLine: true,
      ...(options.destination ? { destination: options.destination } : { destination: 1 }),
    });
    return pino({ level }, stream);
  }
  return pino({ level }, options.destination ?? pino.destination({ dest: 1, sync: true }));
}
