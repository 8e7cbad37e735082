// 设置: the township's values of the catalogue's settings, the user's name and backup reminder,
// and the versioned 履职积分 table.
import { catalogue } from '../../../domain/catalogue';
import { CatalogueSettingsForm } from './CatalogueSettingsForm';
import { PointsTableEditor } from './PointsTableEditor';
import { UserSettingsForm } from './UserSettingsForm';
import { useSettings } from './use-settings-data';
import './admin.css';

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
