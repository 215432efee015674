import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * Copies the working tree at `root` into `into`: tracked and untracked files, not ignored ones,
 * with node_modules hard-linked. For work that must not touch the repository: a bench's
 * `next build`, or a test that changes sources.
 */
export function copyWorkingTree(root: string, into: string): void {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`)
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(into, file)), { recursive: true })
    try {
      copyFileSync(join(root, file), join(into, file))
    } catch (error) {
      // A file deleted in the working tree but not yet in git is not part of the tree.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  linkNodeModules(root, into)
}

/** Hard-links the node_modules of `root` into `into` (no copying, no space). */
export function linkNodeModules(root: string, into: string): void {
  const linked = spawnSync('cp', ['-al', join(root, 'node_modules'), join(into, 'node_modules')])
  if (linked.status !== 0) throw new Error(`Could not hard-link node_modules: ${linked.stderr}`)
}
