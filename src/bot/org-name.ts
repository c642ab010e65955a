/**
 * Does a text look like the name of an office or body, as 主管部门 / 实施单位 take it (统计局, 区统计所, 北京市通州区
 * 潞源街道办事处)? A noun phrase of Chinese characters ending in the word for a kind of body. By shape only: the
 * store's own department names are the query side's business (src/query).
 */
const ORG_NAME =
  /^[\u4e00-\u9fa5（）()·]{1,40}(?:局|所|委员会|委|办公室|办事处|办|中心|站|队|院|馆|处|科|室|厅|部|政府|街道|镇|乡|村|社区|公司|集团|学校|大学|医院|协会|联合会|基金会|工作组|指挥部)$/;
/** Words a body's name does not contain: questions and requests about the projects. */
const NOT_ORG = /项目|哪些|哪个|几个|多少|什么|怎么|是否|有没有|吗|呢|谁/;

export function looksLikeOrgName(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  return ORG_NAME.test(t) && !NOT_ORG.test(t);
}
