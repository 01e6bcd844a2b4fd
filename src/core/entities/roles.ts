// Role mentions that stand for a known person: "the Russian leader", "the president-elect", "Putin’s spokesman".
import type { Entity } from '../types';
import type { NamePiece } from './recognize';
import type { Token } from './tokenizer';

export function findRoleMentions(_text: string, _tokens: Token[], _pieces: NamePiece[], _entities: Entity[]): void {}
