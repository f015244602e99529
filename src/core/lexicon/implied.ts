/**
 * Verbs that say their object: 共调解1200件 counts disputes, 主动公开2100条 government
 * information, 共应诉43件 lawsuits, with no noun written. Read only where no noun of the figure's
 * own clause attaches to it (grammar/frames.ts, "verb"). Each line: concept id → the event words
 * that imply it (every word is an event word of lexicon/events.ts; a test checks it). `talk`: the
 * words that say the text around is about that object (人民调解工作扎实开展。全年共调解1200件); a verb
 * that says its object with none of them near is a doubt (score/scorer.ts, verb_alone).
 */
import { entries } from "./schema";

export const implied = entries({
  dispute: "调解 调处 化解 排查化解 排查调处 调解处理 调解成功 化解成功 调处成功 成功调解 成功化解 成功调处",
  info: "主动公开",
  litig_case: "应诉",
  recon_case: "被申请复议",
});

export const talk = entries({
  dispute: "人民调解 调解工作 矛盾纠纷 纠纷 调委会 调解组织 调解委员会",
  info: "政务公开 信息公开 政府信息",
  litig_case: "行政应诉 行政诉讼 应诉工作 出庭应诉",
  recon_case: "行政复议 被申请人 复议",
});

/** Event word → the concept it implies. */
export const IMPLIED: ReadonlyMap<string, string> = new Map(implied.flatMap((e) => e.words.map((w) => [w, e.id] as const)));

/** Concept id → the words that say a text is about it. */
export const TALK: ReadonlyMap<string, readonly string[]> = new Map(talk.map((e) => [e.id, e.words]));
