// Credentials committees keep ids (issue 13.1): older records get them from unique names.
import { describe, expect, it } from 'vitest';
import { linkCommitteeIds } from '../township/committees';
import { CredentialsCommitteeSchema, DeputySchema, PresidiumMemberSchema } from '../index';
import { credentialsCommittee, deputy, presidiumMember, uuid } from './builders';

describe('linkCommitteeIds', () => {
  const presidiumMembers = [
    PresidiumMemberSchema.parse(presidiumMember({ id: uuid(300), name: '李明' })),
    PresidiumMemberSchema.parse(presidiumMember({ id: uuid(301), name: '赵强' })),
  ];
  const deputies = ['王芳', '刘洋', '陈静'].map((name, i) =>
    DeputySchema.parse(deputy({ id: uuid(400 + i), name, termId: uuid(2) })),
  );

  it('fills the ids of a record that has names only', () => {
    const linked = linkCommitteeIds(CredentialsCommitteeSchema.parse(credentialsCommittee()), {
      presidiumMembers,
      deputies,
    });
    expect(linked).toMatchObject({
      chairId: uuid(300),
      viceChairId: uuid(301),
      memberIds: [uuid(400), uuid(401), uuid(402)],
    });
  });

  it('leaves a name shared by two people without an id', () => {
    const twins = [...deputies, DeputySchema.parse(deputy({ id: uuid(410), name: '陈静', termId: uuid(2) }))];
    const linked = linkCommitteeIds(CredentialsCommitteeSchema.parse(credentialsCommittee()), {
      presidiumMembers,
      deputies: twins,
    });
    expect(linked.memberIds).toEqual([]);
    expect(linked.chairId).toBe(uuid(300));
  });
});
