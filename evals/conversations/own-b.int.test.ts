import { ownConversationsHalf } from './own-half.js';

ownConversationsHalf(1);
