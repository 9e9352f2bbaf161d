import { renderDashboard } from '../render-dashboard';

export default function Page() {
  return renderDashboard('admin');
}
