/**
 * Which period a figure is about. The report's year takes the figures; a
 * figure of last year, of several years, or of a plan does not.
 */
import { entries } from "./schema";

export const periods = entries({
  last: "去年 上年 上一年 上年度 上一年度 去年同期 上年同期 同期 前一年",
  multi: "近三年 近五年 近两年 近年来 以来 五年来 三年来 多年来 历年 十四五 十三五 累计至今 截至目前累计 历年来",
  plan: "力争 预计 拟于 拟将 拟在 将于 下一步 下步 明年 下一年 今后 争取 计划于 计划在 计划开展 目标是",
  this: "今年以来 年初以来 本年度以来 今年 本年度 本年 全年",
  quarter: "第一季度 第二季度 第三季度 第四季度 一季度 二季度 三季度 四季度 上半年 下半年 1-6月 1-9月 1至6月 1至9月",
});
