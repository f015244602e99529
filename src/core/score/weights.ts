/**
 * Feature weights, seeded by hand from the guards of the rule engine and tuned
 * on the visible corpus and the project's own sentences (scripts/fit-weights.ts
 * prints how each weight moves precision and recall). A candidate's score is
 * the sum of the weights of its features; reasons are said in Chinese.
 */
export const WEIGHTS = {
  // construction: where the counted noun stands
  where_left: 3.0,
  where_each: 3.2,
  where_right: 2.6,
  /** No noun written: the verb says its object (共调解1200件, 主动公开2100条; lexicon/implied.ts). */
  where_verb: 2.5,
  /** …with no noun of its family in the sentence, paragraph, heading or the text above. */
  verb_alone: -1.0,
  where_clause: 2.0,
  where_paragraph: 1.2,
  where_heading: 1.3,
  /** The heading's noun with no other counted noun between the heading and the figure. */
  heading_clean: 1.3,
  /** The noun closes a clause that only names the topic (行政复议方面,全年收到申请56件): it heads the clause after it. */
  topic_clause: 0.6,
  /** The code's own party verb describes the bare noun right before the figure (以县政府为被申请人的案件5件): the party says the kind. */
  party_case: 1.6,
  gap_per_char: -0.04,
  gap_cap: -1.6,
  quantity_between: -1.2,
  nearer_noun: -1.6,
  // events
  event_match: 0.9,
  event_missing_required: -2.6,
  event_missing: -0.8,
  event_bad_nearest: -3.2,
  /** The verb right before the noun is another code's (调撤案件, 审结案件 for 收案). */
  event_bad_direct: -3.2,
  event_bad_other: -0.6,
  // topic and competition
  topic_sentence: 0.3,
  /** A verb before a rate says its object, the rate's topic (共调解1200件,成功率99.2%). */
  topic_verb: 0.3,
  /** 分别 gives the figure its own body (区委中心组、区政府常务会议分别学法6次、11次). */
  each_topic: 0.3,
  /** The verb 分别 gives this figure (受理、办结分别为74件、70件; 分别收到和审结…74件、70件): a mark the tiers read, no weight. */
  each_verb: 0,
  topic_context: -1.2,
  topic_inherited: -0.2,
  /** A rate's own noun under a heading that names its topic (三、行政复议工作 / 纠错率10.3%): no score, a rule's doubt that no topic is near does not hold. */
  topic_heading: 0,
  /** A part after 其中 of a whole that sums several codes' nouns (复议和应诉案件共125件,其中应诉案件73件): no score, the figure is the code's whole, and a rule's doubt that it is a part does not hold. */
  sum_part: 0,
  subject_self: 0.3,
  /** …named as the report names itself (我县, 本区, its own name): what a wording rule's doubt of a higher level gives way to. */
  subject_named_self: 0,
  subset_rate: -2.0,
  topic_far: -1.2,
  honour: -3.0,
  event_other: -1.5,
  topic_missing: -3.0,
  bad_concept: -2.6,
  weak_noun: -0.9,
  weak_concept: -2.0,
  negated: -2.6,
  outcome: -2.0,
  combined: -2.6,
  category: -2.2,
  cause: -2.2,
  counts_bodies: -3.0,
  subset: -2.0,
  event_primary: 0.3,
  /** A table row: its first cell names the indicator, no verb is written. */
  table_row: 0.6,
  /** A table row whose label is the code's own act, its noun in the heading or the lines above (本年审结 | 189). */
  table_label: 1.0,
  /** 共, 累计, 各类, 总数 before the figure in its clause: the headline figure, not a part. It says nothing of whether the
   * figure is the code's, so it adds nothing to the score: tiers.ts lets it settle rivals. */
  total_marker: 0,
  /** A clause that is only 共计 and the figure continues the noun of the clause before (受理复议案件,共计54件). */
  total_clause: 0.6,
  /** A clause that is only the code's defining verb and the figure, its noun the clause before's (…纠纷1876件,成功化解1850件). */
  verb_clause: 0.4,
  /** The code's narrower act (立案 of proposals received): tiers.ts lets it settle rivals over a headline. */
  preferred_event: 0.3,
  // modifiers
  part: -1.3,
  delta: -4.0,
  comparison: -3.0,
  norm: -4.0,
  average: -4.0,
  share: -2.0,
  // period
  other_year: -1.6,
  last_year: -2.6,
  multi_year: -3.2,
  partial_period: -0.6,
  /** A day's date opens the figure's sentence, no year named: one event's figure (a news item about a court visit). */
  one_day: -0.8,
  /** A total after cases carried over from the year before (上年结转8件,共办理60件): not the year's new intake. */
  carried_total: -1.6,
  plan: -2.8,
  plan_heading: -3.0,
  assigned: -2.2,
  // subject
  subject_court: -1.8,
  subject_police: -1.8,
  subject_judicial: -1.6,
  subject_sub: -2.0,
  /** The respondent or defendant named is a sub-unit or department (以县政府部门为被申请人): their cases, not the government's. */
  party_sub: -2.0,
  /** 各 gives the figure to each item listed before it (县委常委会、县政府常务会议各学法12次): every item's code may take it. */
  each_same: 0,
  /** The body's people attend another body's meeting (局负责人参加县政府常务会议学法): not the body's own meeting. */
  attends_other: -2.5,
  /** A town, street or village named as the subject (城关镇调委会…), where the report's opening does not name it. */
  subject_place: -2.0,
  /** A department of the jurisdiction is the subject (县住建局承办人大代表建议21件). */
  subject_dept: -2.0,
  subject_higher: -1.4,
  subject_other_place: -2.5,
  // page
  tail: -10,
  // rates
  rate_base: 3.0,
  rate_other_nearer: -6,
  rate_after: 2.4,
  rate_clause: -1.2,
  /** The code's own rate noun (出庭应诉率, 办复率): no other code writes it. */
  rate_strong: 0.5,
  /** The rate noun right before its percent (办结率78.98%, 满意率为73.26%). */
  rate_adjacent: 0.4,
  // thresholds
  value_threshold: 2.3,
  /** Beside the wording rules, a figure only the frames find fills a cell from this score. */
  frame_value_threshold: 3.4,
  suggestion_threshold: 0.3,
} as const;

export type WeightName = keyof typeof WEIGHTS;

/** The reviewer reads these (the pane's 待核 group, the CLI's 待核 list). */
export const REASONS: Partial<Record<WeightName, string>> = {
  where_verb: "未写指标名称,由动词推断",
  verb_alone: "上下文没有相应主题",
  where_clause: "指标名称在前一分句",
  where_paragraph: "指标名称在前文",
  where_heading: "指标名称只在标题中",
  gap_cap: "数字离指标名称较远",
  quantity_between: "中间隔着别的数字",
  nearer_noun: "离数字更近的是别的名词",
  event_missing_required: "缺少表示办理、审查等的动词",
  event_bad_nearest: "动词不符(可能是别的指标)",
  event_bad_direct: "动词说的是别的指标(如调撤、审结)",
  topic_missing: "上下文没有相应主题",
  topic_context: "主题只在前文",
  bad_concept: "同一分句有别的指标名称",
  weak_noun: "比率名称含义较宽",
  part: "可能是其中一部分",
  delta: "可能是增减数",
  comparison: "可能是比较用的数字",
  norm: "可能是每年应达到的标准",
  average: "可能是平均数",
  share: "可能是占比",
  other_year: "可能是其他年度数字",
  last_year: "可能是上年数字",
  multi_year: "可能是多年累计数",
  partial_period: "可能只是部分月份(如第一季度、上半年)的数",
  one_day: "可能只是某一天活动的数字",
  carried_total: "可能含上年结转的案件",
  plan: "可能是计划或目标",
  plan_heading: "位于计划或问题部分",
  assigned: "可能是本年新交办的数",
  subject_court: "主语可能是法院或检察院",
  subject_police: "主语可能是公安",
  subject_judicial: "主语可能是司法所、调解中心等",
  subject_sub: "主语可能是下级单位或部门",
  party_sub: "被申请人或被告是下级单位或部门",
  attends_other: "参加的是别的机关的会议",
  subject_place: "主语可能是某个乡镇、街道或村",
  subject_dept: "主语可能是某个部门",
  subject_higher: "主语可能是上级",
  subject_other_place: "可能是别的地方的数字",
  tail: "位于网页的其他新闻中",
  weak_concept: "名称含义较宽(如议案、学习、培训)",
  combined: "可能是几项指标的合计",
  category: "可能是分类统计中的一类",
  cause: "可能是某类起因的案件数",
  counts_bodies: "数的是单位或部门",
  subset: "可能是专项或部分数",
  subset_rate: "比率名称带有专项或部分的限定(如涉企诉求办结率)",
  negated: "句中有否定词",
  rate_clause: "比率名称在前一分句",
  topic_far: "主体在较前的分句",
  honour: "可能是表彰、命名的数",
  event_other: "动词是别的工作(如备案、印发)",
};
