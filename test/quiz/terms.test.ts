import { describe, expect, it } from "vitest";
import { notATermReason } from "../../src/quiz/terms.ts";

describe("notATermReason", () => {
  it("accepts names: Latin, Russian, with parentheses or «и»", () => {
    for (const term of [
      "Calico",
      "Kube-router",
      "Секрет",
      "Пакет",
      "Сеть",
      "деплоймент",
      "Политики сетевой безопасности (Network Policies)",
      "Persistent Volumes и Persistent Volume Claims",
      "Horizontal Pod Autoscaler (HPA)",
    ]) {
      expect(notATermReason(term), term).toBeUndefined();
    }
  });

  it("rejects property labels, phrases with a verb and descriptions", () => {
    expect(notATermReason("Особенности")).toContain("labels a property");
    expect(notATermReason("Модель маршрутизации")).toContain("labels a property");
    expect(notATermReason("Тут я тыкался")).toContain("«тыкался»");
    expect(notATermReason("Kubernetes позволяет интегрировать")).toContain("has a verb");
    expect(notATermReason("Интеграция с внешними сетями")).toContain("describes something");
  });
});
