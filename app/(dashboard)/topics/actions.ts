'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { saveTopic } from '@/lib/topics/save-topic';
import { parseTopicForm } from '@/lib/topics/topic-input';

/** Announces or edits a priority topic; lib/topics/save-topic.ts checks whose it is, in one transaction. A new one goes back to the list. */
export const saveTopicAction = authedAction(
  'topic:manage',
  { namespace: 'topics', input: parseTopicForm, done: 'saved' },
  async ({ actor, input, formData }) => {
    const raw = formData.get('topicId');
    if (raw !== null && (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw))) throw new AppError('NOT_FOUND');
    await saveTopic({ actor, topicId: raw === null ? undefined : Number(raw), input });
    revalidatePath('/topics');
    revalidatePath('/');
    if (raw === null) redirect('/topics');
  },
);
