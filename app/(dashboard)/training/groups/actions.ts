'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/actions/define-action';
import { addGroupMembers } from '@/lib/training/groups/add-group-members';
import { createGroup } from '@/lib/training/groups/create-group';
import {
  addMembersSchema,
  announcementSchema,
  createGroupSchema,
  hidePostSchema,
  parseAttendanceForm,
  postSchema,
  removeMemberSchema,
  scheduleSessionSchema,
} from '@/lib/training/groups/group-input';
import { hideGroupPost } from '@/lib/training/groups/hide-group-post';
import { postAnnouncement } from '@/lib/training/groups/post-announcement';
import { postToGroup } from '@/lib/training/groups/post-to-group';
import { recordAttendance } from '@/lib/training/groups/record-attendance';
import { removeGroupMember } from '@/lib/training/groups/remove-group-member';
import { scheduleSession } from '@/lib/training/groups/schedule-session';

// The group pages' forms. Each parses with its schema (lib/training/groups/group-input.ts) and calls one use case,
// which checks whose group it is: these permissions are the door, lib/training/training-access.ts the room.
const namespace = 'trainingGroups';
const groupPage = (id: string) => `/training/groups/${id}`;
const anyGroupPage = () => revalidatePath('/training/groups/[id]', 'page');

/** A new group; on success its page. */
export const createGroupAction = authedAction('trainingGroup:manage', { namespace, input: createGroupSchema }, async ({ actor, input }) => {
  const { id } = await createGroup({ actor, input });
  revalidatePath('/training/groups');
  redirect(groupPage(id));
});

/** Adds learners by membership code or e-mail; the form shows which lines were added, already in, not found, or placeless. */
export const addMembersAction = authedAction('trainingGroup:manage', { namespace, input: addMembersSchema }, async ({ actor, input }) => {
  const result = await addGroupMembers({ actor, groupId: input.groupId, lines: input.lines });
  revalidatePath(groupPage(input.groupId));
  return result;
});

export const removeMemberAction = authedAction(
  'trainingGroup:manage',
  { namespace, input: removeMemberSchema, done: 'learners.removed' },
  async ({ actor, input }) => {
    await removeGroupMember({ actor, ...input });
    revalidatePath(groupPage(input.groupId));
  },
);

export const scheduleSessionAction = authedAction(
  'trainingGroup:manage',
  { namespace, input: scheduleSessionSchema, done: 'sessions.scheduled' },
  async ({ actor, input }) => {
    await scheduleSession({ actor, input });
    revalidatePath(groupPage(input.groupId));
  },
);

export const recordAttendanceAction = authedAction(
  'trainingGroup:manage',
  { namespace, input: parseAttendanceForm, done: 'attendance.saved' },
  async ({ actor, input }) => {
    await recordAttendance({ actor, input });
    anyGroupPage();
  },
);

export const postAnnouncementAction = authedAction(
  'trainingGroup:manage',
  { namespace, input: announcementSchema, done: 'announcements.posted' },
  async ({ actor, input }) => {
    await postAnnouncement({ actor, ...input });
    revalidatePath(groupPage(input.groupId));
  },
);

/** The thread: the runner and the group's learners (any signed-in person; post-to-group.ts decides). */
export const postToGroupAction = authedAction(null, { namespace, input: postSchema, done: 'thread.posted' }, async ({ actor, input }) => {
  await postToGroup({ actor, ...input });
  revalidatePath(groupPage(input.groupId));
});

export const hidePostAction = authedAction('trainingGroup:manage', { namespace, input: hidePostSchema, done: 'thread.hidden' }, async ({ actor, input }) => {
  await hideGroupPost({ actor, ...input });
  anyGroupPage();
});
