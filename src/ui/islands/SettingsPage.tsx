// 设置: the township's values of the catalogue's settings, the user's name and backup reminder,
// and the versioned 履职积分 table.
import { catalogue } from '../../domain/catalogue';
import { CatalogueSettingsForm } from './admin/CatalogueSettingsForm';
import { PointsTableEditor } from './admin/PointsTableEditor';
import { UserSettingsForm } from './admin/UserSettingsForm';
import { useSettings } from './admin/use-admin-data';
import './admin/admin.css';

/** The 设置 island. */
export function SettingsPage() {
  const settings = useSettings();
  if (!settings) return <p aria-busy="true">正在读取设置…</p>;
  return (
    <div class="admin-page">
      <CatalogueSettingsForm settings={catalogue.settings} stored={settings} />
      <UserSettingsForm stored={settings} />
      <PointsTableEditor stored={settings} />
    </div>
  );
}
