/**
 * Who a figure is about. The report's own body takes the headline figures;
 * sub-units, courts and police, higher levels and other places do not.
 */
import { entries } from "./schema";

export const bodies = entries({
  self: "行政机关 行政机关负责人 我县 我区 我市 我镇 我乡 我局 我委 本局 本级 本机关 本部门 我厅 本厅 我办 本单位 县政府 区政府 市政府 镇政府 乡政府 州政府 旗政府 管委会 管理委员会 人民政府 全县 全区 全市 全镇 全乡 全州 全旗 全省 全域 县委 区委 市委 镇党委 乡党委 县人民政府 区人民政府 市人民政府 本县 本区 本市",
  court: "法院 人民法院 中级人民法院 检察院 人民检察院 法庭 人民法庭",
  police: "派出所 公安 公安局 公安机关 交警",
  judicial: "司法所 律师 公证处 仲裁 法律援助 调解中心 联合调解中心 诉调对接 警调对接 访调对接 法律服务所 调解工作室 矛调中心 调处化解中心 调处中心 公共法律服务中心 公共法律服务站 公共法律服务工作站 医调委 诉调中心",
  sub: "村 社区 村居 村(居) 村委会 居委会 网格 各乡镇 各镇 各乡 各街道 各部门 各单位 乡镇 街道 部门 单位 承办单位 各级 两级 基层 企业 学校 医院",
  higher: "全国 国家 国务院 司法部 全省 省级 省委 省政府 中央",
  other_place: "兄弟 周边 邻近 外省 外市 全国平均",
});
