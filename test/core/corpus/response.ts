/** response family: 12345 热线, 政府信息公开, 建议提案. Sentences written for this corpus. */
import type { CorpusCase } from "./types";

export const response: CorpusCase[] = [
  // ───────── hotline ─────────
  {
    text: "全年办理“12345”各类诉求工单5187件，办结率100%，满意率96.67%。",
    expect: { "hotline.tickets": 5187, "hotline.completion_rate": 100, "hotline.satisfaction_rate": 96.67 },
  },
  {
    text: "12345政务服务便民热线全年共受理群众诉求3.6万件，按时办结率99.5%，群众满意度95.2%。",
    expect: { "hotline.tickets": 36000, "hotline.completion_rate": 99.5, "hotline.satisfaction_rate": 95.2 },
    as: { "hotline.tickets": "3.6万" },
  },
  {
    text: "发挥8890便民服务热线作用，受理热线工单21,560件，办结率达到99.96%。",
    expect: { "hotline.tickets": 21560, "hotline.completion_rate": 99.96 },
    note: "a local hotline serving as the 12345; its number is a name",
  },
  {
    text: "通过12345热线平台转办群众来电诉求2万余件，做到件件有回音、事事有着落。",
    expect: { "hotline.tickets": 20000 },
    approx: { "hotline.tickets": "at_least" },
    as: { "hotline.tickets": "2万" },
  },
  {
    text: "12345热线工单办理量达四千六百余件，工单按期办结率98.7%。",
    expect: { "hotline.tickets": 4600, "hotline.completion_rate": 98.7 },
    approx: { "hotline.tickets": "at_least" },
    as: { "hotline.tickets": "四千六百" },
  },
  {
    text: "持续优化12345热线诉求办理机制，全年共接收诉求工单8,432件，回访满意率97%。",
    expect: { "hotline.tickets": 8432, "hotline.satisfaction_rate": 97 },
  },
  {
    text: "12345熱線受理群眾訴求12650件，辦結率100%，滿意率達到93.5%。",
    expect: { "hotline.tickets": 12650, "hotline.completion_rate": 100, "hotline.satisfaction_rate": 93.5 },
    note: "traditional characters",
  },
  {
    text: "“12345”热线全年共转办工单1.8万件，群众满意率达到98.2%。",
    expect: { "hotline.tickets": 18000, "hotline.satisfaction_rate": 98.2 },
    as: { "hotline.tickets": "1.8万" },
  },
  // ───────── disclosure ─────────
  {
    text: "全年主动公开政府信息1846条，受理依申请公开238件，按时答复率100%。",
    expect: { "disclosure.proactive": 1846, "disclosure.requests": 238, "disclosure.response_rate": 100 },
  },
  {
    text: "全年通过政府门户网站主动公开各类政府信息3.2万余条，政策解读126篇。",
    expect: { "disclosure.proactive": 32000 },
    approx: { "disclosure.proactive": "at_least" },
    as: { "disclosure.proactive": "3.2万" },
  },
  {
    text: "在县政府网站主动公开信息6,235条，其中规范性文件31件。",
    expect: { "disclosure.proactive": 6235 },
  },
  {
    text: "政府信息主动公开2874条，依申请公开办理43件，依法回复率100%。",
    expect: { "disclosure.proactive": 2874, "disclosure.requests": 43, "disclosure.response_rate": 100 },
  },
  {
    text: "主动公开文件、政策解读、财政预决算等信息共计九百六十条。",
    expect: { "disclosure.proactive": 960 },
    as: { "disclosure.proactive": "九百六十" },
  },
  {
    text: "全年收到政府信息公开申请57件，均依法依规按时答复。",
    expect: { "disclosure.requests": 57 },
  },
  {
    text: "全年办理政府信息依申请公开事项一百一十二件，100%按时回复。",
    expect: { "disclosure.requests": 112, "disclosure.response_rate": 100 },
    as: { "disclosure.requests": "一百一十二" },
    note: "R·P with the rate before its noun",
  },
  {
    text: "政府信息公开申请共收到31件，答复率达到100%，未发生因信息公开引发的复议诉讼。",
    expect: { "disclosure.requests": 31, "disclosure.response_rate": 100 },
  },
  {
    text: "本年度主动公開政府信息3120條，依申請公開0件。",
    expect: { "disclosure.proactive": 3120, "disclosure.requests": 0 },
    note: "traditional; a written 0 is a value",
  },
  {
    text: "依申请公开政府信息按期答复率98%，较上年提高1.5个百分点。",
    expect: { "disclosure.response_rate": 98 },
  },
  // ───────── proposals ─────────
  {
    text: "全年办理人大代表建议166件、政协委员提案157件，办复率100%。",
    expect: { "proposals.npc": 166, "proposals.cppcc": 157, "proposals.reply_rate": 100 },
  },
  {
    text: "承办市人大代表建议46件，政协提案72件，均在规定时限内办复。",
    expect: { "proposals.npc": 46, "proposals.cppcc": 72 },
  },
  {
    text: "县十八届人大三次会议代表建议89件已全部办结，代表满意率96%。",
    expect: { "proposals.npc": 89 },
    absent: ["hotline.satisfaction_rate"],
    note: "an ordinal session name before the count",
  },
  {
    text: "办理县政协十一届三次会议提案一百零六件，按期办复率100%。",
    expect: { "proposals.cppcc": 106, "proposals.reply_rate": 100 },
    as: { "proposals.cppcc": "一百零六" },
  },
  {
    text: "建议提案办理质效持续提升，全年共承办人大代表建议、政协委员提案分别为58件、64件，办复率均为100%。",
    expect: { "proposals.npc": 58, "proposals.cppcc": 64, "proposals.reply_rate": 100 },
    note: "分别 enumeration",
  },
  {
    text: "区政府承办的人大代表建议共122件，政协委员提案共95件，建议提案办复率达100%。",
    expect: { "proposals.npc": 122, "proposals.cppcc": 95, "proposals.reply_rate": 100 },
  },
  {
    text: "人大代表建議辦理74件，政協提案辦理81件，辦復率100%。",
    expect: { "proposals.npc": 74, "proposals.cppcc": 81, "proposals.reply_rate": 100 },
    note: "traditional characters, N·V·Q",
  },
  // ───────── negatives ─────────
  {
    text: "12315消费者投诉举报热线受理投诉举报1026件，办结率100%，满意率98%。",
    expect: {},
    absent: ["hotline.tickets", "hotline.completion_rate", "hotline.satisfaction_rate"],
    note: "another sector's hotline",
  },
  {
    text: "街道网格化服务平台处置群众诉求320件，平台办结率99%。",
    expect: {},
    absent: ["hotline.tickets", "hotline.completion_rate"],
    note: "a street platform, not the hotline",
  },
  {
    text: "某某县2024年法治政府建设情况报告\n12345热线全年受理诉求9320件。2023年受理诉求8156件，热线开通以来累计受理诉求5万余件。",
    expect: { "hotline.tickets": 9320 },
    note: "other periods beside the year's figure",
  },
  {
    text: "下一步，力争12345热线诉求办结率保持100%，群众满意率提升至98%以上。",
    expect: {},
    absent: ["hotline.completion_rate", "hotline.satisfaction_rate"],
    note: "a plan",
  },
  {
    text: "全年未收到政府信息公开申请，政务公开满意度测评位居全市前列。",
    expect: {},
    absent: ["disclosure.requests", "hotline.satisfaction_rate"],
    note: "'none' in words",
  },
  {
    text: "因政府信息公开引发行政复议2件、行政诉讼1件，均已依法处理。",
    expect: {},
    absent: ["disclosure.requests"],
    note: "cases arising from disclosure are no requests",
  },
  {
    text: "主动公开政府信息数量较上年增加了356条，政府信息公开率100%。",
    expect: {},
    absent: ["disclosure.proactive", "disclosure.response_rate"],
    note: "a delta and a non-catalog rate",
  },
  {
    text: "共办理人大代表建议和政协提案235件，办复率100%。",
    expect: { "proposals.reply_rate": 100 },
    absent: ["proposals.npc", "proposals.cppcc"],
    note: "a combined figure",
  },
  {
    text: "全年承办人大代表建议75件，已全部办复。对2022年承办的人大代表建议68件开展“回头看”，其中26件已解决。",
    year: 2023,
    expect: { "proposals.npc": 75 },
    note: "another year's proposals, and a part",
  },
  {
    text: "各乡镇每年办理政协委员提案不少于5件，县政协主席会议督办重点提案8件。",
    expect: {},
    absent: ["proposals.cppcc"],
    note: "a per-body norm and the priority subset",
  },
  {
    text: "全年政务服务事项网办率达到96.5%，“好差评”好评率99.9%。",
    expect: {},
    absent: ["hotline.completion_rate", "hotline.satisfaction_rate", "disclosure.response_rate"],
    note: "网办率 and 好评率 of government services",
  },
  // ───────── more ─────────
  {
    text: "市长信箱全年受理群众来信1260件，按时办结率100%。",
    expect: {},
    absent: ["hotline.tickets", "hotline.completion_rate"],
    note: "a mailbox, not the hotline",
  },
  {
    text: "乡镇政务公开栏全年公开信息2300余条，县公安局办理依申请公开12件。",
    known: "wrong",
    expect: {},
    absent: ["disclosure.proactive", "disclosure.requests"],
    note: "sub-units",
  },
  {
    text: "近三年累计受理政府信息公开申请420件，依申请公开答复率均为100%。",
    expect: {},
    absent: ["disclosure.requests"],
    note: "a three-year total",
  },
  {
    text: "下一步，力争全年主动公开政府信息不少于3000条，依申请公开答复率100%。",
    expect: {},
    absent: ["disclosure.proactive", "disclosure.response_rate"],
    note: "a plan",
  },
  {
    text: "政务公开第三方评估得分率96%，政府网站信息更新及时率100%。",
    expect: {},
    absent: ["disclosure.response_rate", "hotline.completion_rate"],
    note: "non-catalog rates",
  },
  {
    text: "某某县2023年法治政府建设情况报告\n县人大常委会召开代表建议交办会，交办2024年人代会期间代表建议52件。",
    expect: {},
    absent: ["proposals.npc"],
    note: "next year's assignment",
  },
  {
    text: "每名人大代表每年至少提出1件建议，县人大常委会确定重点督办建议6件。",
    expect: {},
    absent: ["proposals.npc"],
    note: "a norm and the priority subset",
  },
  {
    text: "县政协委员共提出提案203件，县政协确定重点提案12件，提案见面率100%。",
    expect: {},
    absent: ["proposals.cppcc", "proposals.reply_rate"],
    note: "proposals filed by members, not handled by the government; 见面率 is no reply rate",
  },
  {
    text: "下一步，力争人大代表建议和政协提案办复率达到100%，代表委员满意率进一步提升。",
    expect: {},
    absent: ["proposals.reply_rate", "hotline.satisfaction_rate"],
    note: "a plan",
  },
  {
    text: "县政府办公室牵头办理人大代表建议、政协委员提案共计212件，其中人大代表建议97件，政协委员提案115件。",
    expect: { "proposals.npc": 97, "proposals.cppcc": 115 },
    note: "the combined total first, the parts after 其中",
  },
  {
    text: "12345热线共受理各类诉求事项两万三千余件，办结率99.1%。",
    expect: { "hotline.tickets": 23000, "hotline.completion_rate": 99.1 },
    approx: { "hotline.tickets": "at_least" },
    as: { "hotline.tickets": "两万三千" },
  },
  {
    text: "受理政府信息公开申请较上年增加了19件，政务新媒体发布信息4.5万条。",
    known: "wrong",
    expect: {},
    absent: ["disclosure.requests", "disclosure.proactive"],
    note: "a delta and new-media posts",
  },
  {
    text: "某某县2024年法治政府建设情况报告\n2023年度，县政府共办理人大代表建议103件、政协委员提案118件。",
    expect: {},
    otherPeriod: ["proposals.npc", "proposals.cppcc"],
    note: "a lone figure of another period",
  },
  {
    text: "全年共收到依申请公开申请一百二十三件，已全部按法定时限答复，答复率100%。",
    expect: { "disclosure.requests": 123, "disclosure.response_rate": 100 },
    as: { "disclosure.requests": "一百二十三" },
  },
  {
    text: "群众通过12345热线反映的诉求，全年共计4.7万余件，按期办结率98.6%，满意度达到94.8%。",
    expect: { "hotline.tickets": 47000, "hotline.completion_rate": 98.6, "hotline.satisfaction_rate": 94.8 },
    approx: { "hotline.tickets": "at_least" },
    as: { "hotline.tickets": "4.7万" },
    note: "the noun clause first, the count in the next",
  },
  {
    text: "12345热线全年受理工单8万件，同比增长23.5%，其中咨询类3.1万件、投诉类2.2万件，工单按时办结率99.2%。",
    expect: { "hotline.tickets": 80000, "hotline.completion_rate": 99.2 },
    as: { "hotline.tickets": "8万" },
  },
  {
    text: "全年共主动公开政府信息5,392条，其中规范性文件18件；收到政府信息公开申请61件，办结61件，按时答复率100%。",
    expect: { "disclosure.proactive": 5392, "disclosure.requests": 61, "disclosure.response_rate": 100 },
  },
  {
    text: "共承办省、市、县人大代表建议152件，政协提案139件，办复率100%，代表委员满意率98.6%。",
    expect: { "proposals.npc": 152, "proposals.cppcc": 139, "proposals.reply_rate": 100 },
    absent: ["hotline.satisfaction_rate"],
    note: "the deputies' satisfaction is no hotline satisfaction",
  },
  {
    text: "开通“12345·有呼必应”服务平台，公布热线电话0371-12345，实现7×24小时人工接听。",
    expect: {},
    absent: ["hotline.tickets"],
    note: "the hotline's number is a name",
  },
  {
    text: "行政复议决定书全部在县政府网站公开，全年共公开复议决定书76份。",
    expect: {},
    absent: ["disclosure.proactive", "recon.closed"],
    note: "published decisions are neither disclosure totals nor closures",
  },
  {
    text: "依申请公开答复按时率达100%，未发生因答复不及时引发的行政复议。",
    expect: { "disclosure.response_rate": 100 },
  },
  {
    text: "12333人社服务热线全年接听群众来电3.6万个，满意率98.2%。",
    expect: {},
    absent: ["hotline.tickets", "hotline.satisfaction_rate"],
    note: "a sector line named by its number: the number is a name, the figures are not the 12345 hotline's",
  },
  {
    text: "某某县2024年法治政府建设情况报告\n会上向承办单位交办了县人大代表建议86件、县政协提案72件。2024年，县政府办理县人大代表建议79件，县政协提案64件，办复率100%。",
    expect: { "proposals.npc": 79, "proposals.cppcc": 64, "proposals.reply_rate": 100 },
    note: "counts assigned at a meeting (交办) are next year's work; the counts handled are the year's",
  },
  {
    text: "区城管局开通城市管理服务热线，全年受理群众诉求860件，办结率98%。",
    expect: {},
    absent: ["hotline.tickets", "hotline.completion_rate"],
    note: "a sector's own hotline is not 12345",
  },
  {
    text: "截至11月底，全县32个承办单位办复人大代表建议86件、政协委员提案104件，办复率均为100%。",
    expect: { "proposals.npc": 86, "proposals.cppcc": 104, "proposals.reply_rate": 100 },
    note: "承办单位 handle the jurisdiction's proposals: their sum is the whole, not a sub-unit's figure",
  },
  {
    text: "各承办单位共办理县人大代表建议58件，按时办复率100%。",
    expect: { "proposals.npc": 58, "proposals.reply_rate": 100 },
  },
  {
    text: "全年12345热线共接听群众来电8.6万个，受理诉求6.2万件，办结率99.1%。",
    expect: { "hotline.tickets": 62000, "hotline.completion_rate": 99.1 },
    as: { "hotline.tickets": "6.2万" },
    note: "calls answered are the hotline's traffic; the 诉求 it takes on are the code's, and outrank the calls in one sentence",
  },
  {
    text: "12345热线全年接听群众来电12.6万个，群众满意率97.2%。",
    expect: { "hotline.tickets": 126000, "hotline.satisfaction_rate": 97.2 },
    as: { "hotline.tickets": "12.6万" },
    note: "calls alone still fill the cell",
  },
  {
    text: "一年来，县政协委员共提交提案236件，经审查立案198件，办复率达100%。",
    expect: { "proposals.reply_rate": 100 },
    note: "一年来 is the past year, the report's own, not several years",
  },
  {
    text: "县政协十届二次会议以来，共收到委员提案186件，均已办结。",
    expect: { "proposals.cppcc": 186 },
    note: "since the last annual session is the year a proposals report covers",
  },
  {
    text: "“十四五”以来，累计办理人大代表建议612件。",
    expect: {},
    absent: ["proposals.npc"],
    note: "since a five-year plan began is several years",
  },
  {
    text: "全年共承办人大代表建议和政协提案312件，其中人大代表建议145件、政协提案167件，按时办结率100%。",
    expect: { "proposals.npc": 145, "proposals.cppcc": 167, "proposals.reply_rate": 100 },
    note: "the parts after 其中, each with its own noun right before it: the frames read them where the rules' chain of anchors lost its way",
  },
  {
    text: "高质量办理人大代表建议和政协委员提案，共办理建议提案258件，办复率100%。",
    expect: { "proposals.reply_rate": 100 },
    absent: ["proposals.npc", "proposals.cppcc"],
    note: "建议提案 side by side is both kinds together, no one code's count",
  },
  {
    text: "市民热线全年接听量达21.3万通，形成工单8.9万张。",
    expect: { "hotline.tickets": 89000 },
    as: { "hotline.tickets": "8.9万" },
    note: "工单 counted in 张 and made (形成) from the calls: the tickets, not the calls",
  },
  {
    text: "全年主动公开政府信息2100条、政策解读56条。",
    expect: { "disclosure.proactive": 2100 },
    note: "two things listed, not a breakdown of one: the nouns before the figures differ",
  },
  {
    text: "本年度报告根据《中华人民共和国政府信息公开条例》编制，由柏山县司法局负责。报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n2023年，县司法局通过门户网站主动公开政府信息230条，收到依申请公开3件。",
    expect: { "disclosure.proactive": 230, "disclosure.requests": 3 },
    note: "a first line that speaks of the report (本年度报告…由某局编制) names the report's own body: 县司法局 is itself, not a judicial sub-unit",
  },
  {
    text: "县政协十届三次会议以来，共收到委员提案520件，经审查立案486件，已全部办复，办复率100%。",
    expect: { "proposals.cppcc": 486, "proposals.reply_rate": 100 },
    note: "the proposals filed (立案) are the ones handled, not all received",
  },
  {
    text: "政协委员共提交提案320件，立案300件，立案率93.8%，截至目前已全部办复。",
    expect: { "proposals.cppcc": 300 },
    note: "提交 is the members' act; 立案 the set handled",
  },
  {
    text: "12345热线全年诉求量6.5万件，同比增长12%。",
    expect: { "hotline.tickets": 65000 },
    as: { "hotline.tickets": "6.5万" },
    note: "the noun's volume (诉求量) says the count with no verb",
  },
  {
    text: "在政府信息公开工作方面，共受理依申请政府信息公开59件，撤回申请1件，均依法妥善办理。",
    expect: { "disclosure.requests": 59 },
    note: "依申请 says how the information is disclosed: no noun listed beside 政府信息",
  },
  {
    text: "全年承办县人大常委会交办的代表建议56件，政协交办的委员提案72件，办复率100%。",
    expect: { "proposals.npc": 56, "proposals.cppcc": 72, "proposals.reply_rate": 100 },
    note: "交办的 describes what the government handles (承办): no newly assigned count; the list's second item takes the first's verb",
  },
  {
    text: "会上，县人大常委会交办代表建议56件。",
    expect: {},
    absent: ["proposals.npc"],
    note: "…but assigning at a meeting is no handling",
  },
  {
    text: "12345热线办结率较上年提高2个百分点，提升至99.2%。",
    expect: { "hotline.completion_rate": 99.2 },
    absent: ["hotline.tickets"],
    note: "the level a rate came to in a clause of its own is the rate's; 2个百分点 is a change in points, no count",
  },
  {
    text: "（三）政府信息公开\n全年主动公开政府信息2860条，受理申请39件，按时答复率100%。",
    expect: { "disclosure.proactive": 2860, "disclosure.response_rate": 100 },
    note: "a response rate under a heading that names government information: its topic",
  },
  {
    text: "12345政务服务便民热线全年受理群众诉求7.6万人次，按时办结率99.5%。",
    expect: { "hotline.tickets": 76000, "hotline.completion_rate": 99.5 },
    as: { "hotline.tickets": "7.6万" },
    note: "a hotline's requests counted in 人次",
  },
  {
    text: "县信访局全年接待群众来访1320人次，按期办结率100%。",
    expect: {},
    absent: ["hotline.tickets"],
    note: "visits to the petitions bureau in 人次 are no hotline tickets",
  },
  {
    text: "全年受理政府信息公开申请44件，答复及时率100%。",
    expect: { "disclosure.requests": 44, "disclosure.response_rate": 100 },
    note: "答复及时率 is the response rate",
  },
];
