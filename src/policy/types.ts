import type { Severity } from '../core/finding.js';

export type RuleSetting = Severity | 'off';

/** One rule's settings after `extends` and overrides are applied. */
export interface RuleConfig {
  severity: RuleSetting;
  options: Record<string, unknown>;
  /** false: `clawcheck-disable-next-line` cannot silence this rule. */
  allowSuppression: boolean;
  /** true: `--fix` also applies this rule's suggestion-level fixes. */
  autofix?: boolean;
}

/** How clawcheck recognises the claude-code-proxy service and Cloud.ru FM providers. */
export interface ProxyDetection {
  /** Image repository names (last path segment) that make a service the proxy. */
  images: string[];
  /** Environment variables whose presence makes a service the proxy. */
  variables: string[];
  /** Service names that are always the proxy. */
  services: string[];
}

export interface CloudruDetection {
  /** Host names of Cloud.ru FM endpoints. */
  hosts: string[];
  /** Ports of the local proxy on localhost / 127.0.0.1. */
  localProxyPorts: number[];
  /** openclaw provider ids always treated as Cloud.ru FM. */
  providers: string[];
}

/** A rule setting as written in a policy file: a severity, or some of the fields of RuleConfig. */
export type RawRule = RuleSetting | { severity?: RuleSetting; options?: Record<string, unknown>; allowSuppression?: boolean; autofix?: boolean };

/** Rule settings for the files matching `files` (globs relative to the scan root), applied in order. */
export interface Override {
  files: string[];
  rules: Record<string, RawRule>;
}

/** Which compose files are projects and which only fragments others extend (globs relative to the scan root). */
export interface ComposeRoles {
  /** Always judged as projects of their own, even when another file extends them. */
  projects: string[];
  /** Never judged alone: only through the services that extend them. */
  fragments: string[];
}

/** The resolved policy: everything a check needs, as plain data. */
export interface Policy {
  rules: Record<string, RuleConfig>;
  proxy: ProxyDetection;
  compose: ComposeRoles;
  cloudru: CloudruDetection;
  /** The OpenClaw release openclaw.json is judged against (one of OPENCLAW_VERSIONS). */
  openclaw: { version: string };
  include: string[];
  exclude: string[];
  maxFileSize: number;
  overrides: Override[];
}

/** Where the policy came from, for `--print-config` and error messages. */
export interface LoadedPolicy {
  policy: Policy;
  sources: string[];
  /** The policy file itself (absolute); absent for the recommended policy alone. */
  file?: string;
}
