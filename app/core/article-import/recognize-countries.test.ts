import { describe, expect, it } from 'vitest';
import { namesOrganisation, recognizeCountries } from './recognize-countries';

const codes = (text: string) => recognizeCountries(text).map((m) => m.code);

describe('recognizeCountries', () => {
  it('does not take a country name inside a person\'s or a place\'s name', () => {
    expect(codes('Bà Nguyễn Thị Nga dự lễ.')).toEqual([]);
    expect(codes('Đoàn công tác tỉnh Lào Cai lên đường.')).toEqual([]);
    expect(codes('Lào Cai có cửa khẩu quốc tế.')).toEqual([]);
    expect(codes('Nguyên Chủ tịch nước Trần Đức Lương tiếp đoàn.')).toEqual([]);
    expect(codes('Tác giả Minh Nhật, phóng viên thường trú.')).toEqual([]);
    expect(codes('đạt 325 triệu đô la Mỹ')).toEqual([]);
  });

  it('recognises the same one-syllable names where they are countries', () => {
    expect(codes('Việt Nam và Lào, Đức, Nga ký kết.')).toEqual(['VN', 'LA', 'DE', 'RU']);
    expect(codes('Đại sứ Việt Nam tại Liên bang Nga Đặng Minh Khôi')).toEqual(['VN', 'RU']);
    expect(codes('quan hệ Việt Nam-Azerbaijan')).toEqual(['VN', 'AZ']);
  });

  it('recognises transliterated countries and leaders', () => {
    expect(codes('Tổng thống Bê-la-rút A.G. Lu-ca-sen-cô thăm Ca-dắc-xtan')).toEqual(['BY', 'BY', 'KZ']);
    expect(recognizeCountries('thăm U-dơ-bê-ki-xtan')[0]).toMatchObject({ code: 'UZ', via: 'transliteration' });
  });

  it('tells a sentence about an organisation', () => {
    expect(namesOrganisation('Việt Nam đảm nhận vai trò Chủ tịch ASEAN năm 2020.')).toBe(true);
    expect(namesOrganisation('Hai nước ký hiệp định.')).toBe(false);
  });
});
