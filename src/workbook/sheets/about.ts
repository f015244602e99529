/** 说明: what made the file, when, from which inputs, how to read it, which files failed. */
import { num, text } from "../cells";
import type { BookContext } from "../context";
import { SHEET_NAMES, type Row, type Sheet } from "../description";
import { CHECK_NAMES } from "../layout";
import { printOf } from "./rows";

const c = CHECK_NAMES;
const GUIDE: [string, string][] = [
  ["指标", "每行一份报告,每列一个目录指标。数值可点击,跳到“出处”中的证据原文。比率以百分比显示(单元格内为小数,如 99.8% = 0.998)。"],
  ["约数", "带“余”“以上”“约”的数值是报告中的约数:单元格仍是数字,只在显示格式上标注。"],
  ["状态", "“指标”的“状态”列按公式统计该行的错误与警告;修改任何数值后自动更新。"],
  ["核对", `${c.part_le_whole}(部分 ≤ 整体)、${c.rate_range}(比率在 0–100% 之间)为错误(红);${c.rate_consistency}(比率与分子/分母在所述精度上一致,四舍五入或截断均可)、${c.submitted_mismatch}为警告(黄)。这些都是实时公式。`],
  ["提取标记", `${c.conflict}(同一指标找到不同数值,候选值列在“出处”)、${c.other_period}(数值所在句子提到其他年份)、${c.year_over_year}(与同一单位上年相比变化超过设定倍数)为警告;${c.approximate}、${c.missing}为提示(蓝)。括号中的英文是检查代码。`],
  ["报送与差异", "“报送”:由报送单位填写的数字,重新生成时保留、从不覆盖(自加的列与公式也保留)。“差异”:报送与提取值逐格比较,不一致时显示并高亮,一致或未填时为空。"],
  ["汇总", "按年度分块(不同年度不相加):每年先列全部报告,再按区划代码前缀分省(2位)、地市(4位)、县(6位)小计(只在有更低一级报告时列出),没有区划代码的报告列入“未识别区划”,每份报告不漏不重。各计数的合计及给出该值的报告数;调解成功率、考试合格率、负责人出庭应诉率按分子分母在同时给出二者的报告上汇总重算。所加数值中有“余”“约”“以上”时,“约数”列注明(≥ 或 约),合计并非精确值。"],
  ["区划代码", "“指标”的“区划代码”(GB/T 2260,文本,保留前导零)与“层级”(省/市/县/乡镇街道/部门)说明报告单位;未能识别的留空,并在“核对”中提示“区划未识别”。"],
  ["审核", "审核人对每个标记、建议或数值的决定(核实、更正、忽略、采用建议),含提取值、决定值、备注、本地时间与证据原文。已决定的错误与警告不再计入“状态”,列在“核对”的“审核决定”列;人工更正的数值在“指标”中以紫色标出,“出处”的“审核”列写明原提取值;采用的建议以绿色标出。重新填写同一报告时,仍然吻合的决定自动重新应用,不再吻合的标为“需重新核对”,不会丢失。"],
  ["目录", "指标代码、名称、单位与定义。代码是稳定标识,不会改名。"],
  ["报告标识", "“指标”“报送”“出处”中隐藏的“报告标识”列把一份报告的各行连在一起:按地区、年度、发布机关识别报告,排序或筛选后再填写也不会错位。"],
];

export function aboutSheet(ctx: BookContext, reportCount: number): Sheet {
  const o = ctx.options;
  const rows: Row[] = [
    [text("标准指标工作簿(v1)", "title")],
    [text("生成工具", "header"), text(o.tool)],
    [text("生成时间", "header"), text(o.generatedAt)],
    [text("报告数", "header"), num(reportCount, "0")],
    [],
    [text("输入文件", "header"), text("SHA-256", "header")],
    ...o.inputs.map((f): Row => [text(f.name), text(f.sha256)]),
    [],
    [text("未能处理的文件", "header"), text("原因", "header")],
    ...(o.errors.length ? o.errors.map((e): Row => [text(e.source, "error"), text(e.error, "error")]) : [[text("(无)")] as Row]),
    [],
    [text("如何阅读", "header")],
    ...GUIDE.map(([k, s]): Row => [text(k, "name"), text(s, "wrap")]),
  ];
  return {
    name: SHEET_NAMES.about,
    rows,
    headerRows: 0,
    rowHeights: [],
    columns: [{ width: 24 }, { width: 100 }],
    conditionalFormats: [],
    userOwned: false,
    print: printOf("说明", 0),
  };
}
