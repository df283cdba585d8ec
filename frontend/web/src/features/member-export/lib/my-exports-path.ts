/** The page of the officer's own exports ("Tệp đã xuất"), under the members area. */
export const MY_EXPORTS_PATH = '/dang-vien/tep-da-xuat';
