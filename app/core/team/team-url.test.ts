import { describe, expect, it } from 'vitest';
import { stripTeamPassword } from './team-url';

describe('stripTeamPassword', () => {
  it('leaves the role, host, port, database and other options, and drops the password wherever it is given', () => {
    expect(stripTeamPassword('postgres://officer:s3cret@db.example.org:5433/desk?sslmode=require')).toBe(
      'postgres://officer@db.example.org:5433/desk?sslmode=require',
    );
    expect(stripTeamPassword('postgresql://officer@db/desk?password=s3cret&sslmode=verify-full')).toBe('postgresql://officer@db/desk?sslmode=verify-full');
    expect(stripTeamPassword('postgres://officer@db/desk')).toBe('postgres://officer@db/desk');
  });
});
