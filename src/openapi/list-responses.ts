import type { Type } from '@nestjs/common';
import { ApiOkResponse, ApiProperty } from '@nestjs/swagger';
import { MAX_PAGE_SIZE } from '../common/pagination';

/** SurveyResponse → Survey, HistoryItem → History: the name of a list of them. */
function listName(item: Type): string {
  return item.name.replace(/(Response|Item)$/, '');
}

/** One schema class per item class, named after it, so that clients get a named type. */
function memoised(build: (item: Type) => Type): (item: Type) => Type {
  const built = new Map<Type, Type>();
  return (item) => {
    if (!built.has(item)) built.set(item, build(item));
    return built.get(item)!;
  };
}

/** `{items, total, limit, offset}` of the given item: one page of a list. */
export const pageOf = memoised((item) => {
  class Page {
    @ApiProperty({ type: [item] }) items: unknown[];
    @ApiProperty({ type: 'integer', minimum: 0, description: 'Matching items, on all pages' })
    total: number;
    @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, example: 50 })
    limit: number;
    @ApiProperty({ type: 'integer', minimum: 0, example: 0 }) offset: number;
  }
  Object.defineProperty(Page, 'name', { value: `${listName(item)}Page` });
  return Page;
});

/** `{items}` of the given item: a whole list, short enough never to be paged. */
export const listOf = memoised((item) => {
  class List {
    @ApiProperty({ type: [item] }) items: unknown[];
  }
  Object.defineProperty(List, 'name', { value: `${listName(item)}List` });
  return List;
});

/** 200 with one page of items (`?limit=&offset=`). */
export const ApiPagedResponse = (item: Type, description: string) =>
  ApiOkResponse({ type: pageOf(item), description });

/** 200 with every item at once. */
export const ApiListResponse = (item: Type, description: string) =>
  ApiOkResponse({ type: listOf(item), description });
