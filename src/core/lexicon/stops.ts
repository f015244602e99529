/**
 * Stop words: phrases that contain a concept word but mean something else, so
 * the longest match takes them first and the concept is not read.
 */
import { entries } from "./schema";

export const stops = entries({
  /** 经审查立案: the review is the filing's manner, not an act of its own (the verb is 立案); 已经办结 is 已经 + 办结, not 经办. */
  not_event: "经审查 经审核 已经",
  not_concept: "申请人 申请书 申请材料 申请执行 申请表 乡村 农村 村级 村务 村民委员会 建议书 法律建议 司法建议 检察建议 意见建议 合理化建议 建议报告 决策建议 工作建议 复议机关 复议委员会 复议局 复议中心 诉讼服务中心 调解室 热线电话号码 信息化 信息系统 信息平台 学习强国 学习贯彻 学习宣传 学习教育 学习培训 专题学习会 学习会 学习型 文件精神 会议精神 中央文件 提案人 建议人 代表团 会议召开",
});
