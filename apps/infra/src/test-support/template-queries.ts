import type { Template } from 'aws-cdk-lib/assertions';

/** A CloudFormation resource as the tests read it: nothing about its shape is assumed. */
export interface TemplateResource {
  readonly logicalId: string;
  readonly type: string;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly deletionPolicy: unknown;
  readonly updateReplacePolicy: unknown;
}

export const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** CDK writes a single action or resource as a bare value and several as a list. */
export const asList = (value: unknown): readonly unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** Every resource of `type` in the synthesized template. */
export function resourcesOfType(template: Template, type: string): TemplateResource[] {
  const resources: unknown = template.toJSON()['Resources'];
  if (!isRecord(resources)) return [];

  return Object.entries(resources).flatMap(([logicalId, resource]) => {
    if (!isRecord(resource) || resource['Type'] !== type) return [];
    const properties = resource['Properties'];
    return [
      {
        logicalId,
        type,
        properties: isRecord(properties) ? properties : {},
        deletionPolicy: resource['DeletionPolicy'],
        updateReplacePolicy: resource['UpdateReplacePolicy'],
      },
    ];
  });
}

/** The one resource of `type`; fails the test when there are none or several. */
export function onlyResourceOfType(template: Template, type: string): TemplateResource {
  const resources = resourcesOfType(template, type);
  if (resources.length !== 1) {
    throw new Error(`Expected one ${type}, found ${resources.length}.`);
  }
  const [resource] = resources;
  if (resource === undefined) throw new Error(`Expected one ${type}.`);
  return resource;
}

/** The logical id a `{ Ref }` or `{ Fn::GetAtt: [id, attribute] }` points at. */
export function referencedLogicalId(reference: unknown): string | undefined {
  if (!isRecord(reference)) return undefined;
  const ref = reference['Ref'];
  if (typeof ref === 'string') return ref;
  const getAtt = reference['Fn::GetAtt'];
  return Array.isArray(getAtt) && typeof getAtt[0] === 'string' ? getAtt[0] : undefined;
}

/** The statements of every IAM policy attached to the role `roleLogicalId`. */
export function statementsOfRole(
  template: Template,
  roleLogicalId: string,
): Readonly<Record<string, unknown>>[] {
  return resourcesOfType(template, 'AWS::IAM::Policy')
    .filter((policy) =>
      asList(policy.properties['Roles']).some(
        (role) => referencedLogicalId(role) === roleLogicalId,
      ),
    )
    .flatMap((policy) => {
      const document = policy.properties['PolicyDocument'];
      return isRecord(document) ? asList(document['Statement']).filter(isRecord) : [];
    });
}
