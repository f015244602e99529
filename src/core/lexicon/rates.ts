/**
 * Rate nouns: the word before a percentage that names what it measures. The id
 * is the catalog code; generic nouns (办结率, 满意率) need their topic, which
 * indicators/defs.ts states.
 */
import { entries } from "./schema";

/**
 * A rate noun's other forms: 纠错率 is also written 纠错比例 and 纠错比率 (调解成功比例, 出庭应诉比率). Every rate noun of
 * three characters or more ending in 率 gains them here, and a code's strong and weak nouns alike (indicators/defs.ts).
 */
export function withRatioForms(words: readonly string[]): string[] {
  const out = [...words];
  const have = new Set(words);
  for (const w of words)
    if (w.length >= 3 && w.endsWith("率"))
      for (const form of [`${w.slice(0, -1)}比例`, `${w.slice(0, -1)}比率`]) if (!have.has(form)) (have.add(form), out.push(form));
  return out;
}

const RATE_WORDS = entries({
  "recon.ontime_rate": "审限内结案率 按期结案率 法定期限内结案率 审限内办结率 按期办结率 按时办结率 按期审结率 审限内审结率 法定期限内审结率 法定期限内办结率",
  "recon.correction_rate": "纠错率 直接纠错率 综合纠错率",
  "recon.settlement_rate": "调解和解率 调解率 和解率 调和率 调解和解结案率",
  "litig.appearance_rate": "出庭应诉率 出庭率 负责人出庭应诉率 负责人出庭率 出庭应诉比例 到庭率 出庭应诉到庭率",
  "mediation.success_rate": "调解成功率 调处成功率 成功率 化解成功率 调解成功比例",
  "hotline.completion_rate": "办结率 按期办结率 按时办结率 办理率 结办率 按时办理率",
  "hotline.satisfaction_rate": "满意率 满意度 群众满意率 群众满意度 回访满意率 有效参评满意率 综合满意率 满意度测评",
  "disclosure.response_rate": "答复按时率 答复率 按时答复率 回复率 按时回复率 按期答复率 依法答复率 依法回复率 答复及时率 回复及时率 及时答复率",
  "proposals.reply_rate": "办复率 按时办复率 办结率 答复率 按时答复率 按期答复率 回复率 按时回复率 按期回复率 按时办结率 按期办结率 按期办复率 办理率 按时办理率 按期办理率",
  "study.exam_pass_rate": "合格率 通过率 考试合格率 考试通过率 及格率 合核率",
  other: "调处率 化解率 调撤率 败诉率 参考率 优秀率 覆盖率 网办率 占比 增长率 下降率 即办率 一次性办结率 一次性化解率 一次性化解成功率 首次办结率 即时办结率 解决率 接通率 回访率 参与率 知晓率 结收比 在线解答率 纠纷化解率 行政争议化解率 综合化解率 工作人员出庭应诉率 工作人员出庭率 率",
});

export const rates = RATE_WORDS.map((e) => ({ id: e.id, words: withRatioForms(e.words) }));
