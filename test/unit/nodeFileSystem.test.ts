import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodeFileSystem } from '../../src/cli/nodeFileSystem';

test('a rename onto a symbolic link writes the file it points to and keeps the link', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-nodefs-'));
  try {
    const shared = path.join(dir, 'shared');
    fs.mkdirSync(shared);
    const real = path.join(shared, 'a.txt.annotations.yaml');
    fs.writeFileSync(real, 'old\n');
    const link = path.join(dir, 'a.txt.annotations.yaml');
    fs.symlinkSync(path.relative(dir, real), link);
    // A link to a link, and one to a file not there yet, are followed too.
    const second = path.join(dir, 'b.txt.annotations.yaml');
    fs.symlinkSync(link, second);
    const dangling = path.join(dir, 'c.txt.annotations.yaml');
    fs.symlinkSync(path.join(shared, 'c.yaml'), dangling);
    for (const [at, content] of [[link, 'new\n'], [second, 'newer\n'], [dangling, 'made\n']] as const) {
      const temp = `${at}.tmp`;
      fs.writeFileSync(temp, content);
      await nodeFileSystem.rename(temp, at);
      assert.ok(fs.lstatSync(at).isSymbolicLink(), `${path.basename(at)} is still a link`);
      assert.equal(fs.readFileSync(at, 'utf8'), content);
      assert.ok(!fs.existsSync(temp));
    }
    assert.equal(fs.readFileSync(real, 'utf8'), 'newer\n');
    assert.equal(fs.readFileSync(path.join(shared, 'c.yaml'), 'utf8'), 'made\n');
    // A plain file is replaced as before.
    const plain = path.join(dir, 'd.yaml');
    fs.writeFileSync(plain, 'x');
    fs.writeFileSync(`${plain}.tmp`, 'y');
    await nodeFileSystem.rename(`${plain}.tmp`, plain);
    assert.equal(fs.readFileSync(plain, 'utf8'), 'y');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
