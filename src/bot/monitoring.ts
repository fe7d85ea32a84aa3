// `GET /healthz` and `GET /metrics`: served beside the webhook in webhook mode, and on METRICS_PORT in polling
// mode, so a service manager or Prometheus can see the bot without talking to Telegram.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { Metrics } from "./metrics.ts";

/** What the two endpoints report on. */
export interface Monitoring {
  metrics: Metrics;
  /** Reads something from the database; throws when it cannot (locked, closed, damaged). */
  checkDatabase(): void;
  /** The clock of the last update's age; default `Date.now`. */
  now?: () => number;
}

/** The body of `GET /healthz`. */
export interface Health {
  status: "ok" | "failing";
  /** "ok", or why the database could not be read. */
  database: string;
  /** Seconds since the last update arrived; null when none has since start-up. */
  lastUpdateAgeSeconds: number | null;
}

/** The health report: failing when the database cannot be read (the bot could not record a quiz answer). */
export function health(monitoring: Monitoring): Health {
  let database = "ok";
  try {
    monitoring.checkDatabase();
  } catch (error) {
    database = error instanceof Error ? error.message : String(error);
  }
  const last = monitoring.metrics.lastUpdateAt();
  const now = (monitoring.now ?? Date.now)();
  return {
    status: database === "ok" ? "ok" : "failing",
    database,
    lastUpdateAgeSeconds: last === undefined ? null : Math.max(0, Math.round((now - last) / 100) / 10),
  };
}

/**
 * Answers `GET /healthz` (200 with {@link Health} as JSON, 503 when the database cannot be read) and
 * `GET /metrics` (Prometheus text format). Returns false, answering nothing, for any other request.
 */
export function serveMonitoring(req: IncomingMessage, res: ServerResponse, monitoring: Monitoring): boolean {
  if (req.method !== "GET") return false;
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  if (path === "/healthz") {
    const report = health(monitoring);
    res
      .writeHead(report.status === "ok" ? 200 : 503, { "content-type": "application/json" })
      .end(JSON.stringify(report));
    return true;
  }
  if (path === "/metrics") {
    const { registry } = monitoring.metrics;
    registry.metrics().then(
      (text) => res.writeHead(200, { "content-type": registry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
    return true;
  }
  return false;
}

/** A started monitoring server. */
export interface MonitoringServer {
  port: number;
  /** Stops listening; idempotent. */
  stop(): Promise<void>;
}

/** Serves `/healthz` and `/metrics` alone on `port` (polling mode); other paths get 404. Resolves once listening. */
export async function startMonitoringServer(
  monitoring: Monitoring,
  options: { port: number; host?: string },
  logger: Logger,
): Promise<MonitoringServer> {
  const server = createServer((req, res) => {
    if (!serveMonitoring(req, res, monitoring)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port }, `serving /healthz and /metrics on port ${port}`);
  return { port, stop: closer(server) };
}

/**
 * An idempotent stop for an HTTP server: stops accepting connections, closes the idle ones, and resolves once
 * the requests in flight are answered.
 */
export function closer(server: Server): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    return stopping;
  };
}
