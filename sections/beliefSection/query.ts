/** What a belief section shows: the belief, the answer and the answer's source. */
export const beliefSectionProjection = /* groq */ `{belief, answer, source{publisher, url, retrieved}}`
