/**
 * Events: the verbs that say what happened to the counted thing. Adding a
 * verb here fixes every indicator that uses the event.
 */
import { entries } from "./schema";

export const events = entries({
  receive: "收到 接收 新收 收案 接到 共收到 新收案件 接收到 登记 反映",
  submit: "提交 提出 征集",
  accept: "受理 立案 依法受理 审查立案 予以受理 受理量",
  handle: "办理 承办 处理 经办 办复 答复 回复 承接 处置 办理完毕 代理 审理 应诉 接办",
  close: "审结 办结 结案 作出决定 决定 办理完结 已办结 审结案件 审理终结 办理终结 审查终结",
  mediate: "调解 调处 化解 排查化解 排查调处 调解处理 调处化解 调解化解 排查调处化解",
  /** Taking part in another body's mediation (村居法律顾问参与调解矛盾纠纷52件): a helper's count, no mediation's. */
  assist: "参与调解 参与化解 参与调处 协助调解 协助化解 协助调处 参与矛盾纠纷调解",
  screen: "排查 摸排 走访 排查出",
  succeed: "调解成功 成功 化解成功 调处成功 成功调解 成功化解 成功调处",
  review: "审查 审核 合法性审查 合法性审核 前置审查 把关 审签 备案审查 出具 提出法律意见 法律审核",
  publish: "公开 发布 更新 推送 公示 主动公开 公布",
  /** Publishing on the government's own initiative: what the return counts (主动公开信息3257条 over 公众号发布信息1334条). */
  proactive: "主动公开",
  hold: "举办 开展 组织 召开 举行 邀请 组织开展 安排",
  study: "学法 学习 集体学法 专题学法 会前学法 集中学法 学习法律法规 学习法律 法律法规学习 法治学习 专题学习法律 集体学习法律法规 集中学习法律法规 专题学习法律法规",
  /** (旁听庭审 names its act as 出庭应诉 does: 各级领导干部旁听庭审4.5万人次 counts those who attended) */
  attend: "参加 参与 参考 参测 实考 实际参考 实参考 覆盖 列席 出席 旁听 旁听庭审 观摩庭审 庭审旁听 庭审观摩",
  pass: "合格 通过 考试合格 及格",
  // (not passing: 3名不合格人员 are no passed count)
  fail: "不合格 未通过 不及格 未合格 考试不合格",
  respondent: "被申请人 作为被申请人 被复议 被行政复议 被申请复议 被申请",
  /** Carrying out another body's directive (认真落实国家、省、市政务公开决策部署): the bodies after it are its object, not the subject. */
  follow: "落实 贯彻 贯彻落实 认真落实 认真贯彻 按照 依照 根据",
  exist: "共有 现有 发生 涉诉 新增 总数 共发生 数为 件数为 数量为 量为 量达 数达 数达到 量达到",
  /** A copula after the count word (人数达320人, 件数为76件): it says the count is, the verb before it says of what. */
  copula: "总数 数为 件数为 数量为 量为 量达 数达 数达到 量达到",
  cause: "引起 引发 涉及 因",
  other_act: "备案 完成 印发 制定 出台 清理 废止 修订 起草 报送 制发 评查 抽查 检查 培训",
  outcome: "驳回 维持 撤销 确认违法 责令履行 终止 不予受理 告知 败诉 被判败诉",
  defendant: "被告 作为被告 被起诉 被提起 被诉",
  adjust: "调撤 撤诉 调解撤诉 撤回",
  appear_act: "出庭 出庭应诉 出庭应诉案件 出庭应诉次数",
  serve: "服务 接听 受理 接通",
  assign: "交办 转办 分办 派单 派发 生成 形成 交由 转交 交给",
  /** Watching a recording is not holding the lecture. */
  watch: "收看 观看 收听 点播",
  /**
   * Setting up a standing body (建成调解组织312个, 新建调委会9个). No code reads its count from this verb alone (新建 is an
   * increment, 建立 often a kind's count): it is another act, so 新建…9个 is no 总数达到192个; only a stock verb right after
   * the whole it stands in says how many there are (below).
   */
  establish: "建成 设立 组建 建立 成立 新建 设置 建有",
  /** …of which these say a stock stands (全县建成人民调解组织216个), not this year's new ones (新建, 成立). */
  stock: "建成 建立 建有 设立",
});
