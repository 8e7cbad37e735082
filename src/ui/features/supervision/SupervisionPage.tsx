// 监督: the supervision activities of 第八条至第十二条 and the problems inspections found.
import { siteUrl } from '../../site-url';
import { useCallback, useState } from 'preact/hooks';
import type { Catalogue } from '../../../domain/schemas/duty';
import { useReferenceOptions } from '../../kit/use-options';
import { ActivityList } from './ActivityList';
import { ProblemList } from './ProblemList';
import { useSupervisionData } from './use-supervision-data';
import './supervision.css';

/** What the Astro page passes: the catalogue with only the settings this page reads. */
export interface SupervisionPageProps {
  catalogue: Catalogue;
}

const PROBLEMS_HEADING = 'supervision-problems-heading';

/** The 监督 page island. */
export function SupervisionPage({ catalogue }: SupervisionPageProps) {
  const data = useSupervisionData(catalogue);
  const { deputies } = useReferenceOptions();
  const [inspectionId, setInspectionId] = useState('');
  const showProblems = useCallback((id: string) => {
    setInspectionId(id);
    document.getElementById(PROBLEMS_HEADING)?.scrollIntoView({ block: 'start' });
  }, []);

  return (
    <div class="supervision-page">
      <section aria-labelledby="supervision-activities-heading">
        <h2 id="supervision-activities-heading">监督活动</h2>
        <p class="supervision-intro">
          按类型记录<a href={siteUrl('/rules/article-8/')}>第八条</a>至
          <a href={siteUrl('/rules/article-12/')}>第十二条</a>
          规定的监督活动。“情况”一栏按本乡镇的设置检查：专项工作报告前{data.reportVisitWindowDays}
          天内应组织视察或调研，代表意见应答复；工作评议结果应报党委。这些期限可在
          <a href={siteUrl('/ledger/settings/')}>设置</a>中修改。
        </p>
        <ActivityList data={data} deputies={deputies} onShowProblems={showProblems} />
      </section>
      <section aria-labelledby={PROBLEMS_HEADING}>
        <h2 id={PROBLEMS_HEADING}>执法检查问题</h2>
        <p class="supervision-intro">
          执法检查发现的问题要经过反馈、交办、督办、评价形成闭环（
          <a href={siteUrl('/rules/article-8/#art_8__point_2')}>第八条第（二）项</a>
          ），本乡镇的闭环期限是检查之日起{data.inspectionLoopMonths}
          个月；评价之后还可以“回头看”。日期先后不一致的问题照样保存，并在列表中提示。
        </p>
        <ProblemList data={data} inspectionId={inspectionId} onInspectionChange={setInspectionId} />
      </section>
    </div>
  );
}
