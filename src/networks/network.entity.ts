import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { checkIn } from '../database/check-in';

export const NETWORK_SCOPES = ['national', 'regional'] as const;
export type NetworkScope = (typeof NETWORK_SCOPES)[number];

/** A network of social services chiefs that reviews surveys at its meetings. */
@Entity({ name: 'networks' })
@Index('ux_networks_name', { synchronize: false })
@Check('chk_networks_scope', checkIn('scope', NETWORK_SCOPES))
export class Network {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  scope: NetworkScope;

  @Column({ name: 'county_code', type: 'char', length: 2, nullable: true })
  countyCode: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
