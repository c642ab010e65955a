/** Synthetic inputs for the format tests: Compound Files with chosen stream names, seeded random bytes. */

/** A minimal Compound File: the header sector, then one directory sector with the given entries. */
export function cfb(names: string[]): Uint8Array {
  const entries = ['Root Entry', ...names];
  const sectors = Math.ceil((entries.length * 128) / 512);
  const out = new Uint8Array(512 * (1 + sectors));
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const view = new DataView(out.buffer);
  view.setUint16(0x1e, 9, true); // 512-byte sectors
  entries.forEach((name, i) => {
    const at = 512 + i * 128;
    for (let k = 0; k < name.length; k++) view.setUint16(at + k * 2, name.charCodeAt(k), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = i === 0 ? 5 : 2;
  });
  return out;
}

/** Deterministic pseudo-random bytes. */
export function garbage(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    out[i] = (s >>> 16) & 0xff;
  }
  return out;
}
