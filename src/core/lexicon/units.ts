/**
 * Unit words and the classes they measure. A word may measure several classes
 * (件 counts cases and documents alike); the unit never decides the code, it
 * only rules codes out.
 */
import { entries } from "./schema";

export const units = entries({
  case: "件 宗 起 个案 件次 案 单",
  item: "条 篇 份 项 则 件 批",
  call: "个 通 件 条 张",
  session: "次 场 期 场次 轮 堂 课 次会议",
  /** Groups of people sent to one act (旁听庭审6批次412人次): no code counts them. */
  batch: "批次",
  people: "人 名 位 余人 人员",
  person_time: "人次 名次",
  org: "个 家 所 处",
});
