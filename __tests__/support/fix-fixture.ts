/** A proxy compose file with two fixable findings, and the bytes `--fix` must turn it into. */
export const BAD = `services:
  proxy:
    image: legard/claude-code-proxy:v1.0.0 # pinned
    environment:
      OPENAI_API_KEY: k
      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1
      BIG_MODEL: zai-org/GLM-4.7
      MIDDLE_MODEL: openai/gpt-oss-120b
      SMALL_MODEL: openai/gpt-oss-120b
      DISABLE_THINKING: "true"
`;
export const FIXED = BAD.replace(':v1.0.0', ':latest').replace('zai-org/GLM-4.7', 'openai/gpt-oss-120b');
