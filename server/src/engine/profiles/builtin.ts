// The built-in report profiles: data files, one per report kind, each citing its source.
import type { ProfileData } from '../types';
import fazhiZhengfu from './fazhi-zhengfu.json';
import generic from './generic.json';
import gongzuoZongjie from './gongzuo-zongjie.json';
import shufa from './shufa.json';
import shuzhi from './shuzhi.json';

export const builtinProfiles: readonly ProfileData[] = [shufa, fazhiZhengfu, shuzhi, gongzuoZongjie, generic] as ProfileData[];

export const genericProfile: ProfileData = generic as ProfileData;
