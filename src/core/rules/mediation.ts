/**
 * Mediation family: disputes mediated, succeeded, success rate, mediation
 * organisations. Jurisdiction-wide figures only: no figures of legal
 * advisers, courts, police stations or one campaign.
 */
import { rule, type Rule } from "./rule";

/** Sub-units and sub-activities whose figures are not the jurisdiction's. */
const NOT_WHOLE = /法律顾问|律师|司法所|调解中心|矛调中心|调处化解中心|调处中心|公共法律服务|调解工作室|医调委|派出所|法庭|法院|检察|信访|参与|协助|配合|医疗|医患|交通事故|劳动争议|物业|其中|公证|仲裁|诉前|诉调|疫情/;
/** A sentence whose subject is sub-units (全县13个司法所…, 各派出所…): none of its figures is the jurisdiction's. */
const SUB_UNIT_SUBJECT =
  /^(?:[^,;。]{0,8},)?(?:[^,;。]{0,6}?(?:[\d一二三四五六七八九十]+个|各)(?:司法所|派出所|法庭|律师事务所|公证处|法律顾问)|[^,;。]{0,4}?(?:人民法院|法院|检察院|公安|派出所|法律援助中心|公证处|信访|联合调解中心|矛调中心)|(?!依托|通过|借助|利用|依靠|发挥)[^,;。]{0,12}?(?:调处化解中心|公共法律服务中心|调解工作室|医调委|(?:医疗|医患|交通事故|劳动争议|物业|婚姻家庭)纠纷人民调解委员会))/;
const DISPUTES = "(?:(?:民间|社会)?(?:矛盾)?纠纷(?:案件)?)";

export const mediationRules: Rule[] = [
  rule("mediation.cases", "调解各类矛盾纠纷N件", `(?:(?:排查|受理|调解|调处|化解|处理)[、和及]?){1,3}{F}(?:各类|各种|重大)?${DISPUTES}{F}{N}`, {
    units: "件|起|宗|个",
    clauseGuard: NOT_WHOLE,
    sentenceGuard: SUB_UNIT_SUBJECT,
    examples: ["全县各级人民调解组织共调解各类矛盾纠纷2316件,调解成功2298件。", "全年调处民间纠纷870余起,调解成功率98.6%。", "全镇受理调解纠纷146件,调解成功率100%。"],
  }),
  rule("mediation.succeeded", "调解成功N件", `(?:调解成功|成功调解|调处成功|成功调处)的?{F}(?:各类)?${DISPUTES}?{F}{N}`, {
    units: "件|起|宗|个",
    // 其中调解成功N件 is the natural wording here
    clauseGuard: new RegExp(NOT_WHOLE.source.replace("|其中", "")),
    sentenceGuard: SUB_UNIT_SUBJECT,
    examples: ["共调解各类矛盾纠纷1452件,调解成功1437件。", "受理矛盾纠纷96起,成功调解纠纷95起。"],
  }),
  rule("mediation.success_rate", "调解成功率N%", `调解成功率{P}`, {
    sentenceGuard: SUB_UNIT_SUBJECT,
    clauseGuard: NOT_WHOLE,
    examples: ["全市人民调解组织调解纠纷1.2万件,调解成功率达98.7%。", "调解成功率保持在97%以上。"],
  }),
  rule("mediation.organizations", "人民调解组织N个", `(?:人民调解(?:组织|委员会)|调委会)(?:总数)?{F}{N}`, {
    units: "个|家",
    clauseGuard: /培育|创建|评选|命名|表彰|荣获|示范|枫桥式|金牌|品牌|新增|新建|其中|规范化/,
    examples: ["全区共有人民调解组织126个,人民调解员587名。", "截至年底,全县人民调解委员会总数达到214个。"],
  }),
  rule("mediation.organizations", "建成N个人民调解组织", `(?:建成|建立|设立|共有|现有)?{F}{N}(?:各类|各级)?人民调解(?:组织|委员会)`, {
    units: "个|家",
    clauseGuard: /培育|创建|评选|命名|表彰|荣获|示范|枫桥式|金牌|品牌|新增|新建|其中/,
    examples: ["全市现有312个人民调解委员会。", "全县共建立96个人民调解组织,实现村(社区)全覆盖。"],
  }),
];
