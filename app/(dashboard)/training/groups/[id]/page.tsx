import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { withFallbackPages } from '@/app/fallback-pages';
import { AddMembersForm } from '@/components/training/groups/add-members-form';
import { GroupForm } from '@/components/training/groups/group-form';
import { GroupLearners } from '@/components/training/groups/group-learners';
import { GroupThread } from '@/components/training/groups/group-thread';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDateTime, localDigits, localized } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { getGroup } from '@/lib/training/groups/get-group';
import {
  addMembersAction,
  hidePostAction,
  postAnnouncementAction,
  postToGroupAction,
  recordAttendanceAction,
  removeMemberAction,
  scheduleSessionAction,
} from '../actions';
import { grantAttemptsAction } from '../../actions';

export const generateMetadata = titled('trainingGroups');

/**
 * `/training/groups/<id>`: one group as its viewer may see it (lib/training/groups/get-group.ts). The runner gets the
 * forms (sessions, attendance, announcements, moderation, learners); an overseer reads; a learner sees the class.
 */
export default withFallbackPages(async function TrainingGroup({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data: group } = await loadPage({
    returnTo: `/training/groups/${id}`,
    load: (actor) => getGroup({ actor, groupId: id }),
  });
  const [t, locale] = await Promise.all([getTranslations('trainingGroups'), currentLocale()]);
  const n = (x: number) => localDigits(x, locale);
  const runs = group.viewer === 'manager' && group.mayRun;
  const now = Date.now();
  return (
    <article className="space-y-8" aria-labelledby="group-title">
      <header className="space-y-1">
        <Link href="/training/groups" className="inline-flex min-h-6 items-center text-sm text-brand-800 underline">
          {t('back')}
        </Link>
        <h1 id="group-title" className="text-2xl font-bold">
          <bdi>{group.name}</bdi>
        </h1>
        <p className="text-sm text-muted">
          {t(`kinds.${group.kind}`)} · {t('group.course', { course: group.courseTitle })} · {t('group.trainer', { name: group.trainerName })}
          {group.province ? <> · {t('group.province', { name: localized(group.province, locale) })}</> : null}
          {group.workshopGroup ? <> · {t('workshop', { n: n(group.workshopGroup) })}</> : null}
        </p>
        {group.viewer === 'manager' && !group.mayRun ? <p className="text-sm">{t('group.readOnly')}</p> : null}
      </header>

      <section aria-labelledby="sessions-title" className="space-y-3">
        <h2 id="sessions-title" className="text-lg font-bold">
          {t('sessions.title')}
        </h2>
        {group.sessions.length === 0 ? <p className="text-muted">{t('sessions.none')}</p> : null}
        <ul className="space-y-3">
          {group.sessions.map((s) => {
            const attendance = 'attendance' in s ? s.attendance : null;
            const present = attendance?.filter((a) => a.present).length ?? 0;
            return (
              <li key={s.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4" data-testid="group-session">
                <h3 className="font-semibold">
                  <bdi>{s.title}</bdi>
                </h3>
                <p className="text-sm">{t('sessions.when', { when: formatDateTime(s.startsAt, locale), minutes: s.minutes })}</p>
                <p>
                  <a href={s.roomUrl} rel="noopener noreferrer nofollow" className="text-brand-800 underline">
                    {t('sessions.room', { title: s.title })}
                  </a>
                </p>
                {attendance ? (
                  <p className="text-sm text-muted">
                    {attendance.length ? t('attendance.summary', { present: n(present), absent: n(attendance.length - present) }) : t('attendance.notRecorded')}
                  </p>
                ) : null}
                {runs && group.viewer === 'manager' ? (
                  s.startsAt.getTime() <= now ? (
                    group.learners.length ? (
                      <GroupForm
                        action={recordAttendanceAction}
                        formId={`attendance-${s.id}`}
                        hidden={{ sessionId: s.id }}
                        fields={[
                          {
                            kind: 'checkboxes',
                            name: 'present',
                            label: t('attendance.legend', { title: s.title }),
                            options: group.learners.map((l) => ({ value: l.userId, label: l.name })),
                            checked: attendance!.filter((a) => a.present).map((a) => a.userId),
                          },
                        ]}
                        submit={t('attendance.submit')}
                        variant="secondary"
                      />
                    ) : null
                  ) : (
                    <p className="text-sm text-muted">{t('attendance.notYet')}</p>
                  )
                ) : null}
              </li>
            );
          })}
        </ul>
        {runs ? (
          <div className="rounded-xl border border-slate-200 bg-white p-4">
            <GroupForm
              action={scheduleSessionAction}
              formId="schedule"
              title={t('sessions.schedule')}
              hidden={{ groupId: group.id }}
              fields={[
                { kind: 'text', name: 'title', label: t('sessions.sessionTitle') },
                { kind: 'text', name: 'date', label: t('sessions.date'), hint: t('sessions.dateHint'), dir: 'ltr' },
                { kind: 'text', name: 'time', label: t('sessions.time'), hint: t('sessions.timeHint'), dir: 'ltr' },
                { kind: 'text', name: 'minutes', label: t('sessions.minutes'), hint: t('sessions.minutesHint'), dir: 'ltr', inputMode: 'numeric' },
                { kind: 'text', name: 'roomUrl', label: t('sessions.roomUrl'), hint: t('sessions.roomUrlHint'), dir: 'ltr', inputMode: 'url' },
              ]}
              submit={t('sessions.submit')}
              resetOnSuccess
            />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="announcements-title" className="space-y-3">
        <h2 id="announcements-title" className="text-lg font-bold">
          {t('announcements.title')}
        </h2>
        {group.announcements.length === 0 ? <p className="text-muted">{t('announcements.none')}</p> : null}
        <ul className="space-y-3">
          {group.announcements.map((a) => (
            <li key={a.id} className="rounded-xl border border-slate-200 bg-white p-4" data-testid="group-announcement">
              <p dir="auto" className="whitespace-pre-line leading-7">
                {a.body}
              </p>
              <p className="mt-1 text-xs text-muted">{t('announcements.by', { name: a.authorName, when: formatDateTime(a.createdAt, locale) })}</p>
            </li>
          ))}
        </ul>
        {runs ? (
          <div className="rounded-xl border border-slate-200 bg-white p-4">
            <GroupForm
              action={postAnnouncementAction}
              formId="announce"
              hidden={{ groupId: group.id }}
              fields={[{ kind: 'textarea', name: 'body', label: t('announcements.body'), rows: 3 }]}
              submit={t('announcements.submit')}
              resetOnSuccess
            />
          </div>
        ) : null}
      </section>

      <GroupThread group={group} locale={locale} post={postToGroupAction} hide={hidePostAction} />

      {group.viewer === 'manager' ? (
        <section aria-labelledby="learners-title" className="space-y-3">
          <h2 id="learners-title" className="text-lg font-bold">
            {t('learners.title')}
          </h2>
          <GroupLearners group={group} locale={locale} remove={runs ? removeMemberAction : undefined} grant={runs ? grantAttemptsAction : undefined} />
          {runs ? (
            <div className="rounded-xl border border-slate-200 bg-white p-4">
              <AddMembersForm
                action={addMembersAction}
                groupId={group.id}
                labels={{
                  title: t('add.title'),
                  lines: t(`add.lines${group.kind}`),
                  hint: t(`add.hint${group.kind}`),
                  submit: t('add.submit'),
                  nothing: t('add.nothing'),
                  added: t('add.added'),
                  already: t('add.already'),
                  notFound: t('add.notFound'),
                  noPlace: t('add.noPlace'),
                  barred: t('add.barred'),
                }}
              />
            </div>
          ) : null}
        </section>
      ) : null}
    </article>
  );
});
