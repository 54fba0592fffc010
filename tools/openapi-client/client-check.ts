// A few calls a front end makes, written against the types generated from the OpenAPI document: if the document
// stops describing them (a field, a status, a problem code), this no longer compiles.
import type { components, paths } from './generated/api';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type ProblemOf<T> = T extends { content: { 'application/problem+json': infer Body } } ? Body : never;

type SignIn = paths['/api/v1.0/sessions']['post'];
export const signIn: Json<SignIn['requestBody']> = { phone: '13812345678', password: 'a long password' };
export const wrongPassword: ProblemOf<SignIn['responses'][401]>['code'] = 'invalid_credentials';

type Book = paths['/api/v1.0/orders']['post'];
export const booking: Json<Book['requestBody']> = { houseId: 7, checkIn: '2027-01-10', checkOut: '2027-01-13' };
export const taken: ProblemOf<Book['responses'][409]>['code'] = 'dates_unavailable';

type Search = paths['/api/v1.0/houses']['get'];
export const search: Search['parameters']['query'] = { districtId: 1, sort: 'price-asc', page: 1, pageSize: 10 };
export const firstTitle = (page: Json<Search['responses'][200]>): string | undefined => page.items[0]?.title;

type Answer = paths['/api/v1.0/orders/{id}/status']['put'];
export const accept: Json<Answer['requestBody']> = { action: 'accept' };

export const fieldErrors = (problem: components['schemas']['Problem']): string[] => Object.keys(problem.errors ?? {});
export const status: components['schemas']['OrderStatus'] = 'REVIEW_PENDING';
