/**
 * The standard indicator catalog (v1): the project's own copy of the contract.
 * Codes are stable identifiers: never rename one; add new ones instead.
 */
import { z } from "zod";

export const FamilySchema = z.enum(["review", "mediation", "response", "study"]);
export type Family = z.infer<typeof FamilySchema>;

export const FAMILY_NAMES: Record<Family, string> = {
  review: "复议应诉与合法性审查",
  mediation: "矛盾纠纷调解",
  response: "回应诉求与政务公开",
  study: "领导干部学法",
};

export const IndicatorDefSchema = z.object({
  code: z.string().regex(/^[a-z]+\.[a-z_]+$/),
  family: FamilySchema,
  name: z.string().min(1),
  unit: z.string().min(1),
  kind: z.enum(["count", "rate"]),
  definition: z.string(),
  /** Counted by the `missing` check: at least one core code per family. */
  core: z.boolean().default(false),
  /** For a count that is part of another count (closed of received). */
  partOf: z.string().optional(),
  /** For a rate that is part / whole of two catalog counts. */
  rateOf: z.object({ part: z.string(), whole: z.string() }).optional(),
});
export type IndicatorDef = z.infer<typeof IndicatorDefSchema>;

const RAW: z.input<typeof IndicatorDefSchema>[] = [
  { code: "recon.received", family: "review", name: "行政复议申请收到/受理数", unit: "件", kind: "count", core: true,
    definition: "本级行政复议机关收到或受理的行政复议申请(案件)数;同时给出收到与受理时以收到数为准" },
  { code: "recon.closed", family: "review", name: "行政复议结案数", unit: "件", kind: "count", partOf: "recon.received",
    definition: "行政复议案件结案(审结、办结)数" },
  { code: "recon.ontime_rate", family: "review", name: "审限内结案率", unit: "%", kind: "rate",
    definition: "在法定审理期限内结案的比例" },
  { code: "recon.correction_rate", family: "review", name: "行政复议(直接)纠错率", unit: "%", kind: "rate",
    definition: "行政复议(直接)纠错率" },
  { code: "recon.settlement_rate", family: "review", name: "行政复议调解和解率", unit: "%", kind: "rate",
    definition: "以调解、和解方式结案的比例" },
  { code: "recon.as_respondent", family: "review", name: "作为被申请人的复议案件数", unit: "件", kind: "count",
    definition: "本级政府(管委会)作为被申请人的行政复议案件数" },
  { code: "litig.cases", family: "review", name: "行政诉讼(应诉)案件数", unit: "件", kind: "count", core: true,
    definition: "以本级政府或其部门为被告的行政诉讼(应诉)案件数" },
  { code: "litig.appearances", family: "review", name: "负责人出庭应诉次数", unit: "次", kind: "count", partOf: "litig.cases",
    definition: "行政机关负责人出庭应诉次数" },
  { code: "litig.appearance_rate", family: "review", name: "行政机关负责人出庭应诉率", unit: "%", kind: "rate",
    rateOf: { part: "litig.appearances", whole: "litig.cases" }, definition: "行政机关负责人出庭应诉率" },
  { code: "legality.reviewed", family: "review", name: "合法性审查/审核文件数", unit: "件", kind: "count",
    definition: "经合法性审查(审核)的规范性文件、政府文件、重大决策事项数;合同仅在报告给出合并数时计入" },
  { code: "mediation.cases", family: "mediation", name: "调解(调处、化解)矛盾纠纷数", unit: "件", kind: "count", core: true,
    definition: "全辖区调解(调处、化解、受理)的矛盾纠纷数,不含下属单位或专项活动数" },
  { code: "mediation.succeeded", family: "mediation", name: "调解成功数", unit: "件", kind: "count", partOf: "mediation.cases",
    definition: "调解成功的纠纷数" },
  { code: "mediation.success_rate", family: "mediation", name: "调解成功率", unit: "%", kind: "rate",
    rateOf: { part: "mediation.succeeded", whole: "mediation.cases" }, definition: "调解成功率" },
  { code: "mediation.organizations", family: "mediation", name: "人民调解组织数", unit: "个", kind: "count",
    definition: "人民调解组织(委员会)数,不含联合调解中心、调解员" },
  { code: "hotline.tickets", family: "response", name: "12345热线诉求(工单)办理数", unit: "件", kind: "count", core: true,
    definition: "12345(或作为12345的本地热线)受理、办理的诉求工单数" },
  { code: "hotline.completion_rate", family: "response", name: "热线办结率", unit: "%", kind: "rate",
    definition: "热线诉求办结率" },
  { code: "hotline.satisfaction_rate", family: "response", name: "热线满意率", unit: "%", kind: "rate",
    definition: "热线诉求满意率" },
  { code: "disclosure.proactive", family: "response", name: "主动公开政府信息数", unit: "条", kind: "count", core: true,
    definition: "主动公开的政府信息(文件)数" },
  { code: "disclosure.requests", family: "response", name: "依申请公开办理数", unit: "件", kind: "count",
    definition: "收到或办理的政府信息公开申请数" },
  { code: "disclosure.response_rate", family: "response", name: "依申请公开(按时)答复率", unit: "%", kind: "rate",
    definition: "依申请公开按时(依法)答复率" },
  { code: "proposals.npc", family: "response", name: "人大代表建议办理数", unit: "件", kind: "count",
    definition: "办理的人大代表建议数" },
  { code: "proposals.cppcc", family: "response", name: "政协委员提案办理数", unit: "件", kind: "count",
    definition: "办理的政协委员提案数" },
  { code: "proposals.reply_rate", family: "response", name: "建议提案办复率", unit: "%", kind: "rate",
    definition: "人大代表建议和政协委员提案办复(答复)率" },
  { code: "study.party_sessions", family: "study", name: "党委(常委会、理论学习中心组)集体学法次数", unit: "次", kind: "count",
    definition: "党委常委会、理论学习中心组集体学法次数" },
  { code: "study.gov_sessions", family: "study", name: "政府常务会议(主任办公会)学法次数", unit: "次", kind: "count", core: true,
    definition: "政府常务会议(管委会主任办公会)学法次数" },
  { code: "study.lectures", family: "study", name: "领导干部法治专题讲座次数", unit: "次", kind: "count",
    definition: "面向领导干部的法治专题讲座次数,不含普法讲座" },
  { code: "study.court_observation", family: "study", name: "旁听庭审人次", unit: "人次", kind: "count",
    definition: "领导干部、国家工作人员旁听庭审人次" },
  { code: "study.exam_takers", family: "study", name: "法律知识考试参考人数", unit: "人", kind: "count",
    definition: "参加法律知识考试的干部或执法人员人数" },
  { code: "study.exam_passed", family: "study", name: "考试合格人数", unit: "人", kind: "count", partOf: "study.exam_takers",
    definition: "法律知识考试合格人数" },
  { code: "study.exam_pass_rate", family: "study", name: "考试合格(通过)率", unit: "%", kind: "rate",
    rateOf: { part: "study.exam_passed", whole: "study.exam_takers" }, definition: "法律知识考试合格(通过)率" },
];

export const CatalogSchema = z
  .array(IndicatorDefSchema)
  .superRefine((defs, ctx) => {
    const codes = new Set<string>();
    for (const d of defs) {
      if (codes.has(d.code)) ctx.addIssue({ code: "custom", message: `duplicate code ${d.code}` });
      codes.add(d.code);
      if (!d.code.startsWith(d.code.split(".")[0] + ".")) ctx.addIssue({ code: "custom", message: d.code });
    }
    for (const d of defs) {
      for (const ref of [d.partOf, d.rateOf?.part, d.rateOf?.whole]) {
        if (ref && !codes.has(ref)) ctx.addIssue({ code: "custom", message: `${d.code} refers to unknown ${ref}` });
      }
    }
    for (const f of FamilySchema.options) {
      if (!defs.some((d) => d.family === f && d.core)) ctx.addIssue({ code: "custom", message: `no core code in ${f}` });
    }
  });

export const CATALOG: readonly IndicatorDef[] = Object.freeze(CatalogSchema.parse(RAW));
export const CODES: readonly string[] = CATALOG.map((d) => d.code);
const BY_CODE = new Map(CATALOG.map((d) => [d.code, d]));

export function indicatorDef(code: string): IndicatorDef {
  const d = BY_CODE.get(code);
  if (!d) throw new Error(`unknown indicator code: ${code}`);
  return d;
}

export function isCode(code: string): boolean {
  return BY_CODE.has(code);
}

/** part ≤ whole pairs used by `part_le_whole`. */
export const PART_WHOLE: readonly { part: string; whole: string }[] = CATALOG.filter((d) => d.partOf).map((d) => ({
  part: d.code,
  whole: d.partOf as string,
}));

/** rate = part / whole triples used by `rate_consistency`. */
export const RATE_PARTS: readonly { rate: string; part: string; whole: string }[] = CATALOG.filter((d) => d.rateOf).map(
  (d) => ({ rate: d.code, part: d.rateOf!.part, whole: d.rateOf!.whole }),
);
