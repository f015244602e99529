/**
 * Who a figure is about. The report's own body takes the headline figures;
 * sub-units, courts and police, higher levels and other places do not; all levels together
 * (各级) are the jurisdiction's whole except for a body's own acts (indicators/defs.ts ownActs).
 */
import { entries } from "./schema";

export const bodies = entries({
  self: "行政机关 行政机关负责人 我县 我区 我市 我镇 我乡 我局 我委 本局 本级 本机关 本部门 我厅 本厅 我办 本单位 县政府 区政府 市政府 镇政府 乡政府 州政府 旗政府 管委会 管理委员会 人民政府 全县 全区 全市 全镇 全乡 全州 全旗 全省 全域 县委 区委 市委 镇党委 乡党委 县人民政府 区人民政府 市人民政府 本县 本区 本市 辖区 全辖区 县级政府 县级人民政府 区级政府",
  court: "法院 人民法院 中级人民法院 检察院 人民检察院 法庭 人民法庭",
  police: "派出所 公安 公安局 公安机关 交警",
  judicial: "司法所 律师 公证处 仲裁 法律援助 调解中心 联合调解中心 诉调对接 警调对接 访调对接 法律服务所 调解工作室 矛调中心 调处化解中心 调处中心 公共法律服务中心 公共法律服务站 公共法律服务工作站 医调委 诉调中心 矛盾纠纷多元化解中心 多元化解中心 矛盾纠纷调处化解中心 社会矛盾纠纷调处化解中心 矛盾纠纷调解中心",
  sub: "村 社区 村居 村(居) 村委会 居委会 网格 各乡镇 各镇 各乡 各街道 各县 各区 各市 各县区 各区县 各县市区 各县(市、区) 各县(市) 各县(区) 各旗县 片区 各片区 各分中心 各部门 各单位 乡镇 街道 部门 单位 承办单位 基层 企业 学校 医院",
  /** every level of the jurisdiction together (各级人民调解组织, 两级法院 aside): the whole for figures that add up, not one body's own meetings */
  levels: "各级 两级 三级 四级 五级 县乡村三级 县乡村 县镇村 县乡两级 镇村两级",
  higher: "全国 国家 国务院 司法部 全省 省级 省委 省政府 中央",
  other_place: "兄弟 周边 邻近 外省 外市 全国平均",
});

/**
 * Bodies that name whose meetings a study figure counts when they are its subject: 县政府全年集体学法12次
 * are the government's sessions (gov_body), 县委集体学法6次 the party committee's (party_body). Read in the
 * figure's sentence before it, never from a title (every report's title names its government).
 */
export const bodyTopics = entries({
  gov_body: "县政府 区政府 市政府 镇政府 乡政府 州政府 旗政府 人民政府 县人民政府 区人民政府 市人民政府",
  party_body: "县委 区委 市委 州委 旗委 镇党委 乡党委",
});

/** Body word → the topic concept it names as a subject. */
export const BODY_TOPIC: ReadonlyMap<string, string> = new Map(bodyTopics.flatMap((e) => e.words.map((w) => [w, e.id] as const)));
