/**
 * Words that change what a figure means: a part (其中), one figure each
 * (分别), a change rather than a level (增加, 同比), a norm (每年至少), a share.
 */
import { entries } from "./schema";

export const modifiers = entries({
  total: "共 共计 合计 累计 总计 总数 总量 一共 全年 全年共 各类 总共 共有",
  part: "其中 包括 含 其他 其余",
  /** The last item of a list, not a part of it (文件、决策事项及其他涉法事务215件: all of them). */
  list_rest: "及其他 和其他 以及其他 与其他 等其他",
  each: "分别",
  /** One figure that each of the items listed before it has (县委常委会、县政府常务会议各开展会前学法12次). */
  each_same: "各",
  /** every rate listed before it has the one figure after it (办结率、满意率均为100%; 办复率、满意率“双100%”; 办复率、满意率“两个百分百”) */
  all: "均 均为 均达 均达到 全部 都 双 两个 三个 四个 五个",
  delta: "增加 增长 减少 下降 提高 提升 上升 新增 较 比 同比 环比 多出 少于 降低 增幅 降幅",
  norm: "每年 每季度 每半年 每月 每周 至少 不少于 不低于 每次 每人 以上的 须达到 必须达到 应达到 需达到 要达到 确保 力争 争取 目标",
  share: "占 占比 比例 比重",
  avg: "平均 日均 人均 月均",
  none: "未 无 没有 零",
  subset: "涉疫 疫情 涉企 专项 标准化 规范化 示范 星级 医疗 医患 交通事故 物业 劳资 婚姻家庭 邻里 行业性 专业性 行业性专业性 品牌 金牌 不满意 督办 督办件 重点难点",
  /** Cases carried over from the year before (上年结转8件): a total after them adds them to the year's new ones. */
  carried: "结转 旧存",
  honour: "称号 荣誉 表彰 授予 命名 评为 先进 荣获 评选 培育 创建 枫桥式",
  category: "类型 类别 分类",
  outreach: "宣传 普法 群众 村民 居民 学生 进村 进社区 宣讲 法治宣传 中小学 校园 进校园 青少年 师生",
  /** People a body has study or train (组织执法人员集中学法): not the body's own meeting. */
  staff: "执法人员 工作人员 干部职工 机关干部 公职人员 国家工作人员 执法队员 职工 行政执法人员",
  /** A court's mediation before a suit (诉前调解, 委派调解): the court's, not the people's mediation. */
  court_med: "诉前 诉前委派 委派",
  /** What should have happened, a rate's base (应出庭案件40件,实际出庭39件): not the act itself. */
  due: "应出庭 应出庭应诉 应到庭 应考 应参考 应参加考试",
});
