/** mediation family: 人民调解. Sentences written for this corpus. */
import type { CorpusCase } from "./types";

export const mediation: CorpusCase[] = [
  // ───────── mediation.cases / succeeded / success_rate ─────────
  {
    text: "全县各级人民调解组织共调解各类矛盾纠纷848件，调解成功835件，调解成功率98.5%。",
    expect: { "mediation.cases": 848, "mediation.succeeded": 835, "mediation.success_rate": 98.5 },
  },
  {
    text: "坚持和发展新时代“枫桥经验”，全年化解各类矛盾纠纷1200余件，实现小事不出村、大事不出镇。",
    expect: { "mediation.cases": 1200 },
    approx: { "mediation.cases": "at_least" },
  },
  {
    text: "2024年，全区各级人民调解组织受理矛盾纠纷2,315件，调解成功2,298件。",
    expect: { "mediation.cases": 2315, "mediation.succeeded": 2298 },
  },
  {
    text: "深入开展矛盾纠纷排查化解专项行动，共排查调处矛盾纠纷近3000件。",
    expect: { "mediation.cases": 3000 },
    approx: { "mediation.cases": "about" },
  },
  {
    text: "全市人民调解组织全年调解纠纷1.2万件，调解成功率保持在98%以上。",
    expect: { "mediation.cases": 12000, "mediation.success_rate": 98 },
    approx: { "mediation.success_rate": "at_least" },
    as: { "mediation.cases": "1.2万" },
  },
  {
    text: "全縣共調解各類矛盾糾紛526件，調解成功率達99.2%。",
    expect: { "mediation.cases": 526, "mediation.success_rate": 99.2 },
    note: "traditional characters",
  },
  {
    text: "矛盾纠纷全年共排查化解613件，其中婚姻家庭纠纷208件、邻里纠纷176件。",
    expect: { "mediation.cases": 613 },
    note: "N·V·Q; 其中 parts are no whole",
  },
  {
    text: "全年共受理纠纷760件，成功调解751件，涉及金额3200余万元。",
    expect: { "mediation.cases": 760, "mediation.succeeded": 751 },
  },
  {
    text: "人民调解工作成效明显，全年调解矛盾纠纷三千二百余件，调解成功三千一百余件。",
    expect: { "mediation.cases": 3200, "mediation.succeeded": 3100 },
    approx: { "mediation.cases": "at_least", "mediation.succeeded": "at_least" },
    as: { "mediation.cases": "三千二百", "mediation.succeeded": "三千一百" },
  },
  {
    text: "全年各类调解组织调解成功35085件，成功率99.8%，群众满意度持续提升。",
    expect: { "mediation.succeeded": 35085, "mediation.success_rate": 99.8 },
  },
  {
    text: "在受理的4120件纠纷中，调解成功的有4062件，调解成功率为98.6%。",
    expect: { "mediation.cases": 4120, "mediation.succeeded": 4062, "mediation.success_rate": 98.6 },
    note: "Q·N whole inside 在…中",
  },
  {
    text: "矛盾纠纷调处成功率达到97.6%，未发生因调解不及时引发的民转刑案件。",
    expect: { "mediation.success_rate": 97.6 },
    note: "调处成功率 is a near-synonym",
  },
  {
    text: "全镇调解成功矛盾纠纷四百二十件，化解了一批疑难复杂纠纷。",
    expect: { "mediation.succeeded": 420 },
    as: { "mediation.succeeded": "四百二十" },
  },
  {
    text: "各级调解组织全年调解纠纷1568件，调解成功率99.1%，无一起因调解不当引发群体性事件。",
    expect: { "mediation.cases": 1568, "mediation.success_rate": 99.1 },
  },
  // ───────── mediation.organizations ─────────
  {
    text: "全县共有人民调解组织82个，专兼职人民调解员693名。",
    expect: { "mediation.organizations": 82 },
  },
  {
    text: "现有人民调解委员会231个，实现县乡村三级全覆盖。",
    expect: { "mediation.organizations": 231 },
  },
  {
    text: "建立健全县、镇、村三级人民调解组织156个，织密基层矛盾纠纷化解网络。",
    expect: { "mediation.organizations": 156 },
  },
  {
    text: "全区共设立各类人民调解组织一百零三个，选聘人民调解员五百余名。",
    expect: { "mediation.organizations": 103 },
    as: { "mediation.organizations": "一百零三" },
  },
  {
    text: "人民调解组织实现村（社区）全覆盖，总数达到248个。",
    expect: { "mediation.organizations": 248 },
    note: "ellipsis: the noun in the clause before",
  },
  {
    text: "全市人民调解組織總數共計1,026個。",
    expect: { "mediation.organizations": 1026 },
    note: "traditional characters",
  },
  // ───────── negatives ─────────
  {
    text: "村（居）法律顾问全年参与调解矛盾纠纷52件，提供法律咨询1300余人次。",
    expect: {},
    absent: ["mediation.cases", "mediation.succeeded"],
    note: "sub-unit: 村居法律顾问",
  },
  {
    text: "各司法所全年调解纠纷416件，调解成功率100%。",
    expect: {},
    absent: ["mediation.cases", "mediation.success_rate"],
    note: "sub-unit: 司法所",
  },
  {
    text: "城关派出所联合人民调解委员会调处治安纠纷87起，调处率100%。",
    known: "wrong",
    expect: {},
    absent: ["mediation.cases", "mediation.success_rate"],
    note: "sub-unit: 派出所; 调处率",
  },
  {
    text: "县人民法院诉前调解案件3012件，调解成功1890件。",
    expect: {},
    absent: ["mediation.cases", "mediation.succeeded"],
    note: "the court's own figures",
  },
  {
    text: "矛盾纠纷化解率达到98.3%，信访积案化解率100%。",
    expect: {},
    absent: ["mediation.success_rate"],
    note: "化解率 is no catalog rate",
  },
  {
    text: "全县建成县级矛盾纠纷多元化解中心1个、乡镇联合调解中心14个，人民调解员1460名。",
    expect: {},
    absent: ["mediation.organizations"],
    note: "联合调解中心 and 调解员 are no organisations",
  },
  {
    text: "某某县2024年法治政府建设情况报告\n全年调解矛盾纠纷1320件。2023年同期调解纠纷1187件，近三年累计调解纠纷3900余件。",
    expect: { "mediation.cases": 1320 },
    note: "other periods beside the year's figure",
  },
  {
    text: "全年调解矛盾纠纷数量较上年增加了126件，调解成功率提高2.3个百分点。",
    expect: {},
    absent: ["mediation.cases", "mediation.success_rate"],
    note: "deltas",
  },
  {
    text: "下一步，力争矛盾纠纷调解成功率稳定在98%以上，每个村（社区）至少建立1个人民调解组织。",
    expect: {},
    absent: ["mediation.success_rate", "mediation.organizations"],
    note: "a plan and a per-body norm",
  },
  {
    text: "授予12个人民调解委员会“优秀人民调解委员会”称号，表彰优秀人民调解员30名。",
    expect: {},
    absent: ["mediation.organizations"],
    note: "honours",
  },
  {
    text: "全县行业性专业性人民调解组织新增5个，医疗纠纷人民调解委员会调解医患纠纷43件。",
    expect: {},
    absent: ["mediation.organizations", "mediation.cases"],
    note: "an increment and a sector committee's own figure",
  },
  // ───────── more ─────────
  {
    text: "全县人民法庭开展诉前调解，调解成功120件；乡镇司法所调解成功367件。",
    known: "wrong",
    expect: {},
    absent: ["mediation.succeeded", "mediation.cases"],
    note: "sub-units' own figures",
  },
  {
    text: "调解成功的纠纷数量较上年增加了48件，调解成功率提高到98.1%。",
    expect: { "mediation.success_rate": 98.1 },
    absent: ["mediation.succeeded"],
    note: "a delta, and the rate as it now stands",
  },
  {
    text: "某某区2023年法治政府建设情况报告\n2022年全区调解成功纠纷1860件，2023年调解成功纠纷1935件。",
    expect: { "mediation.succeeded": 1935 },
    note: "the year's figure beside the previous year's",
  },
  {
    text: "全区各类调解组织共调处矛盾纠纷2146宗，调处成功2131宗，调处成功率99.3%。",
    expect: { "mediation.cases": 2146, "mediation.succeeded": 2131, "mediation.success_rate": 99.3 },
    note: "宗 and 调处",
  },
  {
    text: "全年人民调解组织共受理各类纠纷八百六十七起，调解成功率百分之百。",
    expect: { "mediation.cases": 867 },
    as: { "mediation.cases": "八百六十七" },
  },
  {
    text: "全县现有村（社区）人民调解委员会215个、乡镇人民调解委员会12个、行业性专业性人民调解组织9个，人民调解组织总数236个。",
    expect: { "mediation.organizations": 236 },
    note: "the total after its parts",
  },
  {
    text: "某某县2024年法治政府建设情况报告\n2023年，全县人民调解组织调解矛盾纠纷1187件，调解成功率98.2%。",
    expect: {},
    otherPeriod: ["mediation.cases", "mediation.success_rate"],
    note: "a lone figure of another period",
  },
  {
    text: "全县各级人民调解组织深入开展矛盾纠纷“大排查、大化解”，排查化解矛盾纠纷4,017件，化解成功率达98.9%。",
    expect: { "mediation.cases": 4017, "mediation.success_rate": 98.9 },
    note: "化解成功率 is a near-synonym, as 调处成功率 is (化解率 alone is not)",
  },
  {
    text: "全镇调委会共调解纠纷九十八件，调解成功九十六件。",
    expect: { "mediation.cases": 98, "mediation.succeeded": 96 },
    as: { "mediation.cases": "九十八", "mediation.succeeded": "九十六" },
    note: "a town's report: the town's own figure is its headline",
  },
  {
    text: "全县建有人民调解委员会196个，配备专兼职调解员1120名，全年共调解纠纷2,604件，调解成功2,589件，成功率99.42%。",
    expect: { "mediation.organizations": 196, "mediation.cases": 2604, "mediation.succeeded": 2589, "mediation.success_rate": 99.42 },
  },
  {
    text: "柳林镇2024年法治政府建设情况报告\n全镇人民调解委员会及12个村调委会共排查调处矛盾纠纷213件，调解成功211件。",
    expect: { "mediation.cases": 213, "mediation.succeeded": 211 },
    absent: ["mediation.organizations"],
    note: "a town's report; the 12 village committees are a part named in passing",
  },
  {
    text: "全年全县共排查矛盾纠纷5,120件次，其中通过人民调解化解4,986件，调解成功率97.4%，法院诉前调解成功1,203件。",
    expect: { "mediation.success_rate": 97.4 },
    absent: ["mediation.succeeded"],
    note: "排查 is no mediation; the court's pre-trial figure is its own",
  },
  {
    text: "推动全县建成规范化人民调解委员会15个，打造品牌调解室3个。",
    expect: {},
    absent: ["mediation.organizations"],
    note: "规范化: a subset of the organizations, not their number",
  },
  {
    text: "全年共受理各类矛盾纠纷1,876件，成功化解1,850件。",
    expect: { "mediation.cases": 1876, "mediation.succeeded": 1850 },
    as: { "mediation.cases": "1,876", "mediation.succeeded": "1,850" },
    note: "a clause that is only the code's verb and its figure, the noun the clause before's",
  },
  {
    text: "县人民调解委员会排查矛盾纠纷412件，调解成功398件。",
    expect: { "mediation.succeeded": 398 },
    absent: ["mediation.cases"],
    note: "排查 is no mediation; 调解成功 alone says the succeeded figure",
  },
  {
    text: "全区各级人民调解组织排查矛盾纠纷5,326次，调解纠纷4,218件，成功4,160件。",
    expect: { "mediation.cases": 4218, "mediation.succeeded": 4160 },
    as: { "mediation.cases": "4,218", "mediation.succeeded": "4,160" },
    note: "全区各级: the whole's word right before the parts' is the whole, not a sub-unit",
  },
  // ───────── session 5: nouns that carry their verb, 各级, a breakdown with no whole ─────────
  {
    text: "2023年，全县人民调解案件1200件，调解成功1190件。",
    expect: { "mediation.cases": 1200, "mediation.succeeded": 1190 },
    note: "调解案件 says the act: no verb needed",
  },
  {
    text: "全县各级调解组织全年受理调解案件1200件，调解成功率99.2%。",
    expect: { "mediation.cases": 1200, "mediation.success_rate": 99.2 },
    note: "受理|调解案件",
  },
  {
    text: "全县共有乡镇（街道）人民调解委员会12个、村（居）人民调解委员会151个、行业性专业性人民调解委员会23个。",
    expect: {},
    absent: ["mediation.organizations"],
    note: "a breakdown whose whole is not written: each part is at most a suggestion",
  },
  {
    text: "全县共有人民调解委员会186个，其中村（社区）人民调解委员会151个、行业性专业性人民调解委员会23个。",
    expect: { "mediation.organizations": 186 },
    note: "the whole, then its parts",
  },
  {
    text: "矛盾纠纷多元化解机制不断完善。县矛盾纠纷调处化解中心全年受理矛盾纠纷1260件，化解成功1198件。",
    year: 2023,
    expect: {},
    absent: ["mediation.cases", "mediation.succeeded"],
    note: "a centre's own figures (the county's 矛调中心), not the jurisdiction's",
  },
  {
    text: "县公共法律服务中心全年调解矛盾纠纷320件。",
    expect: {},
    absent: ["mediation.cases"],
    note: "a public legal service centre's mediation",
  },
  {
    text: "县交通事故纠纷人民调解委员会调解交通事故纠纷318件，调解成功率100%。",
    expect: {},
    absent: ["mediation.cases", "mediation.success_rate"],
    note: "a sector committee's figure and rate",
  },
  {
    text: "全县各级人民调解组织共调解矛盾纠纷5720件。县矛调中心受理纠纷1260件。",
    expect: { "mediation.cases": 5720 },
    note: "the jurisdiction's figure beside a centre's",
  },
  {
    text: "依托“一站式”矛盾纠纷调处化解中心，全年共调解各类纠纷3200件。",
    year: 2023,
    expect: { "mediation.cases": 3200 },
    note: "a centre the county works through (依托…中心) is no subject: the figure is the county's",
  },
  {
    text: "全县建成行业性专业性人民调解委员会18个。",
    year: 2023,
    expect: {},
    absent: ["mediation.organizations"],
    note: "sector committees are a kind of the organisations, not all of them",
  },
  {
    text: "矛盾纠纷一次性化解成功率95%。",
    year: 2023,
    expect: {},
    absent: ["mediation.success_rate"],
    note: "first-time resolution is another measure",
  },
  {
    text: "全县建成村（社区）人民调解委员会186个，加强人民调解组织建设，另建立联合调解中心12个。",
    expect: { "mediation.organizations": 186 },
    note: "a centre named right before its figure counts centres, not the clause before's 人民调解组织",
  },
  {
    text: "各级人民调解组织全年调解矛盾纠纷2360件，调解成功2331件，调解成功率98.8%。",
    year: 2023,
    expect: { "mediation.cases": 2360, "mediation.succeeded": 2331, "mediation.success_rate": 98.8 },
    note: "every level's organisations together (各级) are the jurisdiction's whole",
  },
  {
    text: "两级调解组织共受理纠纷412件，化解成功405件。",
    year: 2023,
    expect: { "mediation.cases": 412, "mediation.succeeded": 405 },
    note: "两级 as 各级: the whole",
  },
  {
    text: "全年共化解矛盾纠纷860件，成功852件，成功率99.1%。",
    year: 2023,
    expect: { "mediation.cases": 860, "mediation.succeeded": 852, "mediation.success_rate": 99.1 },
    note: "a bare 成功 and 成功率 after a clause whose verb says disputes: the object carries over",
  },
  {
    text: "全镇排查调处各类纠纷96起，成功94起，成功率97.9%。",
    year: 2023,
    expect: { "mediation.cases": 96, "mediation.succeeded": 94, "mediation.success_rate": 97.9 },
    note: "the same with 起",
  },
  {
    text: "全年办理法律援助案件320件，成功率100%。",
    year: 2023,
    expect: {},
    absent: ["mediation.success_rate"],
    note: "a bare 成功率 with no verb of mediation before it has no topic",
  },
  {
    text: "法院诉前调解纠纷1200件，成功率85%。",
    year: 2023,
    expect: {},
    absent: ["mediation.cases", "mediation.success_rate"],
    note: "the verb gives the topic, not the subject: the court's pre-litigation mediation stays out",
  },
];
